import { css } from 'lit';

/**
 * The dialog: header, a scrolling list of categories, and the actions always in view. The
 * switch is a styled native checkbox (role=switch), so it keeps native keyboard behaviour;
 * in forced colours it falls back to system colours.
 */
export const preferencesStyles = css`
dialog.p{position:fixed;width:min(40em,100% - 1em);max-height:calc(100% - 1em);padding:0;overflow:hidden}
dialog[open]{display:flex;flex-direction:column}
dialog::backdrop{background:var(--consentry-backdrop,#000a)}
header,.a{padding:var(--consentry-padding,1.25em)}
header{padding-bottom:0}
.s{overflow:auto;padding:0 var(--consentry-padding,1.25em)}
ul{list-style:none;margin:0;padding:0}
li{border-top:1px solid var(--_bd);padding:.75em 0}
.h{display:flex;align-items:center;justify-content:space-between;gap:1em;font-weight:600}
li p{margin:.25em 0}
[role=switch]{appearance:none;flex:none;position:relative;width:48px;height:28px;margin:0;border:2px solid var(--_bd);border-radius:14px;background:var(--_bg);cursor:pointer}
[role=switch]::before{content:'';position:absolute;top:3px;inset-inline-start:3px;width:18px;height:18px;border-radius:50%;background:var(--_bd)}
[role=switch]:checked{border-color:var(--_ac);background:var(--_ac)}
[role=switch]:checked::before{inset-inline-start:23px;background:var(--_af)}
[role=switch]:disabled{opacity:.6;cursor:default}
summary{cursor:pointer;padding:.25em 0}
table{width:100%;table-layout:fixed;border-collapse:collapse;font-size:.875em;overflow-wrap:anywhere}
th,td{text-align:start;vertical-align:top;padding:.25em;border-bottom:1px solid var(--_bd)}
.l{min-height:24px;padding:0;border:0;background:none;color:inherit;font-weight:400;text-decoration:underline}
.v{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
@media (forced-colors:active){[role=switch],[role=switch]::before{border:1px solid CanvasText}[role=switch]:checked{background:Highlight}}
`;
