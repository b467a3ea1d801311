import { css } from 'lit';

// Kept dense on purpose: Lit ships CSS text as written, and the first-visit UI chunk has a
// budget (DESIGN.md). docs/banner.md lists every token.

/**
 * Design tokens and the pieces every element shares. Each visual setting is a
 * `--consentry-*` custom property with a fallback (STYLE.md habit 10); dark values have
 * their own `-dark` tokens so a site can brand both schemes. All action buttons share ONE
 * style, so "Reject all" is exactly as prominent as "Accept all" (STANDARDS ).
 */
export const baseStyles = css`
:host{--_bg:var(--consentry-bg,#fff);--_fg:var(--consentry-fg,#1d1d1f);--_ac:var(--consentry-accent,#1f4fd1);--_af:var(--consentry-accent-fg,#fff);--_bd:var(--consentry-border,#767676);font:var(--consentry-font,15px/1.5 system-ui,sans-serif);color:var(--_fg)}
@media (prefers-color-scheme:dark){:host{--_bg:var(--consentry-bg-dark,#1f2023);--_fg:var(--consentry-fg-dark,#f1f1f3);--_ac:var(--consentry-accent-dark,#8ab4ff);--_af:var(--consentry-accent-fg-dark,#0b1020);--_bd:var(--consentry-border-dark,#9a9ca3)}}
.p{position:relative;box-sizing:border-box;background:var(--_bg);color:var(--_fg);border:1px solid var(--_bd);border-radius:var(--consentry-radius,12px);box-shadow:var(--consentry-shadow,0 4px 24px #0004);padding:var(--consentry-padding,1.25em)}
h2{font-size:1.2em;margin:0 0 .5em;padding-inline-end:2em}
p{margin:0 0 1em}
a{color:inherit}
.a{display:flex;flex-wrap:wrap;gap:.5em}
button{font:inherit;font-weight:600;min-height:44px;padding:.5em 1.25em;border:2px solid var(--_ac);border-radius:var(--consentry-button-radius,8px);background:var(--_ac);color:var(--_af);cursor:pointer}
.a button{flex:1 1 auto}
:focus-visible{outline:3px solid var(--consentry-focus,var(--_fg));outline-offset:2px}
.x{position:absolute;top:.5em;inset-inline-end:.5em;min-height:0;width:2em;height:2em;padding:0;border:0;background:none;color:inherit;font-size:1.2em;line-height:1}
@media (forced-colors:active){button{border:1px solid ButtonText}}
`;
