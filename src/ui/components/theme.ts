// Styles for UI rendered inside our shadow roots and extension pages. All values are set here,
// so the site's CSS never leaks in (the shadow root resets inheritance with `all: initial`).
export const CARD_CSS = `
:host { all: initial; }
.root { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; }
.card, .panel { background: #fff; color: #1d2330; border: 1px solid #c9cfdb; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px; max-width: 360px; }
.card-title { font-size: 15px; margin: 0 0 4px; }
.card { max-height: min(70vh, 560px); overflow: auto; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin: 10px 0 4px; color: #5a6475; }
ul { margin: 0; padding-left: 18px; } li { margin: 1px 0; }
.muted { color: #5a6475; } .date { font-variant-numeric: tabular-nums; color: #5a6475; }
.attribution { background: #fde8e8; border-radius: 4px; padding: 2px 6px; margin: 4px 0; }
dl.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
dt { color: #5a6475; } dd { margin: 0; }
.panel-head { display: flex; justify-content: space-between; align-items: center; }
button { font: inherit; border: 1px solid #9aa3b5; background: #f3f5f9; color: inherit; border-radius: 5px; padding: 4px 10px; cursor: pointer; }
button.primary { background: #1f5fbf; border-color: #1f5fbf; color: #fff; }
button.icon { border: none; background: none; font-size: 18px; line-height: 1; padding: 0 4px; }
button:focus-visible, input:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 2px; }
.actions { display: flex; gap: 8px; align-items: center; margin-top: 8px; flex-wrap: wrap; }
.saved { color: #11703a; font-weight: 600; margin: 0; } .error { color: #a11; margin: 0; }
input { font: inherit; padding: 2px 4px; width: 100%; box-sizing: border-box; }
ul.legend { list-style: none; padding: 0; margin: 6px 0; display: flex; gap: 10px; flex-wrap: wrap; font-size: 12px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; vertical-align: -1px; }
.swatch.attacker { background: rgba(220,38,38,.35); box-shadow: inset 0 -2px #dc2626; }
.swatch.victim { background: rgba(37,99,235,.3); box-shadow: inset 0 -2px #2563eb; }
.swatch.stolen { background: rgba(217,119,6,.4); box-shadow: inset 0 -2px #d97706; }
.swatch.other { box-shadow: inset 0 -1px #8893a7; }
@media (prefers-color-scheme: dark) {
  .root, .card, .panel { color: #e6e9ef; }
  .card, .panel { background: #1e232d; border-color: #3a4252; }
  .muted, dt, .date, h3 { color: #a3adbf; }
  .attribution { background: #4a2328; }
  button { background: #2a303c; border-color: #4a5365; }
  button.primary { background: #3d7be0; border-color: #3d7be0; }
  .saved { color: #6fd49a; } .error { color: #ff9a9a; }
  input { background: #151920; color: #e6e9ef; border: 1px solid #4a5365; }
}
`;

/** Marks are styled from a page-level <style>; !important so site CSS cannot hide them. */
export const MARK_CSS = `
heistlens-mark { display: inline !important; visibility: visible !important; border-radius: 2px !important;
  padding: 0 1px !important; cursor: help !important; color: inherit !important; }
heistlens-mark[data-kind="actor"][data-role="attacker"] { background: rgba(220,38,38,.22) !important; box-shadow: inset 0 -2px #dc2626 !important; }
heistlens-mark[data-kind="victim"][data-role="victim"] { background: rgba(37,99,235,.18) !important; box-shadow: inset 0 -2px #2563eb !important; }
heistlens-mark[data-kind="amount"][data-role="stolen"] { background: rgba(217,119,6,.28) !important; box-shadow: inset 0 -2px #d97706 !important; font-weight: 600 !important; }
heistlens-mark[data-role="other-victim"], heistlens-mark[data-role="other-theft"], heistlens-mark[data-role="other-attacker"], heistlens-mark[data-role="mentioned"] { background: none !important; box-shadow: inset 0 -1px #8893a7 !important; }
heistlens-mark:focus-visible { outline: 2px solid #1f5fbf !important; outline-offset: 1px !important; }
html.heistlens-hidden heistlens-mark[data-kind][data-role] { background: none !important; box-shadow: none !important; font-weight: inherit !important; }
`;
