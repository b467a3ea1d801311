import { css } from 'lit';

/**
 * The banner is an overlay (position: fixed) and reserves nothing in the page's flow, so
 * showing it causes no layout shift. The host lets clicks through around the panel: the
 * page stays usable, as a non-modal first layer must (STANDARDS ). Motion only
 * when the visitor has not asked for less.
 */
export const bannerStyles = css`
:host{position:fixed;inset:auto 0 0;z-index:var(--consentry-z-index,2147483000);display:flex;justify-content:center;padding:var(--consentry-offset,.75em);pointer-events:none}
:host([layout=box]){justify-content:flex-end}
:host([layout=center]){inset:0;align-items:center}
section{pointer-events:auto;width:100%;max-width:var(--consentry-max-width,72em);max-height:calc(100vh - 1.5em);overflow:auto;display:flex;flex-wrap:wrap;align-items:center;gap:0 2em}
:host([layout=box]) section{max-width:26em}
:host([layout=center]) section{max-width:36em}
.b{flex:1 1 28em}
.a{flex:1 1 auto;max-width:40em}
@media (prefers-reduced-motion:no-preference){section{animation:i .25s ease-out}}
@keyframes i{from{transform:translateY(1em)}}
`;
