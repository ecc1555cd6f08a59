namespace ReportBuilder.Documents.Web;

/// <summary>
/// The web edition's stylesheet: the report's design (Lato, navy, teal) for the screen, from 320 CSS px up, and for
/// print. Text colours keep at least 4.5:1 against their background (the darker teal #176B5D carries text; the print
/// teal #1F8A78 only rules); links are underlined in text; focus is always visible.
/// </summary>
internal static class WebStyle
{
    public const string Css = """
/* ReportBuilder web edition. Colours: navy #1B3A5C, text #262B33, muted #5E6670 (5.2:1 on the tint),
   teal for text #176B5D, teal for rules #1F8A78, tint #EEF3F6, rule #DDE1E6, accent for text #A64200. */
@font-face { font-family: "Lato"; font-style: normal; font-weight: 400; font-display: swap; src: url("fonts/Lato-Regular.ttf") format("truetype"); }
@font-face { font-family: "Lato"; font-style: italic; font-weight: 400; font-display: swap; src: url("fonts/Lato-Italic.ttf") format("truetype"); }
@font-face { font-family: "Lato"; font-style: normal; font-weight: 700; font-display: swap; src: url("fonts/Lato-Bold.ttf") format("truetype"); }
@font-face { font-family: "Lato"; font-style: normal; font-weight: 900; font-display: swap; src: url("fonts/Lato-Black.ttf") format("truetype"); }

:root {
  --navy: #1B3A5C;
  --text: #262B33;
  --muted: #5E6670;
  --teal-text: #176B5D;
  --teal: #1F8A78;
  --teal-on-navy: #8FD3C6;
  --tint: #EEF3F6;
  --zebra: #F6F8FA;
  --rule: #DDE1E6;
  --accent: #A64200;
  --notice: #FFF3E8;
}

*, *::before, *::after { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  font-family: "Lato", "Helvetica Neue", Arial, sans-serif;
  font-size: 1.0625rem;
  line-height: 1.55;
  color: var(--text);
  background: #FFFFFF;
  overflow-wrap: break-word;
}

h1, h2, h3, h4 { color: var(--navy); line-height: 1.2; overflow-wrap: break-word; hyphens: auto; }
h2 { font-size: 1.75rem; font-weight: 900; margin: 0 0 1rem; }
h3 { font-size: 1.3rem; font-weight: 700; margin: 2.25rem 0 0.75rem; }
h4 { font-size: 1.1rem; font-weight: 700; margin: 1.75rem 0 0.5rem; }
p { margin: 0 0 0.9rem; }
ul, ol { padding-left: 1.4rem; }
li { margin-bottom: 0.3rem; }

a { color: var(--navy); text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
main:focus { outline: none; }

.vh {
  position: absolute !important;
  width: 1px; height: 1px;
  margin: -1px; padding: 0; border: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
}

.skip-link {
  position: absolute;
  left: 0.5rem; top: -10rem;
  z-index: 10;
  padding: 0.6rem 1rem;
  background: #FFFFFF;
  color: var(--navy);
  font-weight: 700;
  border: 2px solid var(--navy);
}
.skip-link:focus { top: 0.5rem; }

/* The masthead: the title on navy, as on the cover. */
.masthead { background: var(--navy); color: #FFFFFF; }
.masthead-inner { max-width: 76rem; margin: 0 auto; padding: 1.25rem 1rem 2rem; }
.masthead h1 { color: #FFFFFF; font-size: clamp(2rem, 6vw, 3.25rem); font-weight: 900; margin: 0.25rem 0 0.75rem; max-width: 20em; }
.masthead a { color: #FFFFFF; }
.masthead :focus-visible { outline-color: #FFFFFF; }
.publisher { text-transform: uppercase; letter-spacing: 0.12em; font-size: 0.8rem; font-weight: 700; margin: 0; }
.subtitle { font-size: 1.2rem; max-width: 38em; margin: 0 0 0.5rem; }
.fieldwork { color: var(--teal-on-navy); font-size: 0.95rem; margin: 0; }

.synthetic {
  background: var(--notice);
  color: var(--text);
  border: 2px solid var(--accent);
  border-left-width: 0.5rem;
  padding: 0.6rem 0.9rem;
  margin: 0 0 1.25rem;
  font-size: 0.95rem;
}
div.synthetic p { margin: 0.2rem 0; }

.languages ul { list-style: none; margin: 0 0 1rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
.languages li { margin: 0; }

/* The page: contents beside the text on wide screens, above it on narrow ones. */
.layout { max-width: 76rem; margin: 0 auto; padding: 0 1rem; }
main { min-width: 0; max-width: 48rem; padding-bottom: 3rem; }

.toc { border-bottom: 1px solid var(--rule); padding: 1.5rem 0 1rem; margin-bottom: 1.5rem; font-size: 0.95rem; }
.toc h2 { font-size: 1.2rem; margin-bottom: 0.5rem; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc > ol > li { margin: 0 0 0.45rem; }
.toc > ol > li > a { font-weight: 700; }
.toc ol ol { padding-left: 1rem; margin-top: 0.25rem; }
.toc a { text-decoration: none; display: inline-block; padding: 0.1rem 0; }
.toc a:hover, .toc a:focus-visible { text-decoration: underline; }
.toc .chapter-label, .toc .section-number { color: var(--teal-text); font-weight: 700; }
.toc .chapter-label { margin: 0.3rem 0 0.1rem; font-size: 0.75rem; }

@media (min-width: 64em) {
  .layout { display: grid; grid-template-columns: 17rem minmax(0, 48rem); gap: 3rem; }
  .toc { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; border-bottom: 0; padding-right: 0.5rem; }
}

/* Chapters and sections. */
.chapter { padding-top: 2.5rem; }
.chapter > h2 { border-top: 4px solid var(--teal); padding-top: 0.75rem; }
.chapter-results > h2 { background: var(--navy); color: #FFFFFF; border: 0; padding: 1.25rem 1.25rem 1.4rem; }
.chapter-label { display: block; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.2em; font-weight: 700; color: var(--teal-text); margin-bottom: 0.35rem; }
.chapter-results > h2 .chapter-label { color: var(--teal-on-navy); }
.section-number { color: var(--teal-text); font-weight: 900; margin-right: 0.3em; }
.lead { font-size: 1.2rem; line-height: 1.5; }

.question { background: var(--tint); border-left: 4px solid var(--teal); padding: 0.75rem 1rem; margin: 0 0 1.25rem; }
.question-label { text-transform: uppercase; letter-spacing: 0.12em; font-size: 0.75rem; font-weight: 700; color: var(--teal-text); margin: 0 0 0.25rem; }
.question-text { font-style: italic; color: var(--navy); margin: 0 0 0.3rem; }
.question-base { font-size: 0.9rem; color: var(--muted); margin: 0; }

.note { background: var(--tint); padding: 1rem 1.1rem 0.3rem; margin: 1.25rem 0; font-size: 0.95rem; }
.note-title { margin-top: 0; font-size: 1.15rem; font-weight: 700; }

/* Key numbers: tiles in a grid that reflows to one column. */
.key-numbers { list-style: none; padding: 0; margin: 1rem 0 1.5rem; display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.75rem; }
.key-number { background: var(--tint); border-top: 4px solid var(--teal); padding: 0.8rem 0.9rem; margin: 0; }
.key-number p { margin: 0; }
.key-value { font-size: 2rem; font-weight: 900; color: var(--navy); line-height: 1.1; }
.key-label { font-weight: 700; margin-top: 0.35rem !important; line-height: 1.3; }
.key-detail { font-size: 0.85rem; color: var(--muted); margin-top: 0.3rem !important; }

/* Figures: caption above, the chart scaled to the column, source and base under it, the data on demand. */
.figure { margin: 1.75rem 0; padding-top: 0.6rem; border-top: 1px solid var(--rule); }
.figure figcaption { font-weight: 700; color: var(--text); margin-bottom: 0.6rem; }
.figure-label { color: var(--navy); font-weight: 900; }
.charts { display: grid; gap: 1rem; }
@media (min-width: 40em) { .charts-2 { grid-template-columns: 1fr 1fr; } }
.chart-svg { display: block; width: 100%; height: auto; }
.charts-1 .chart-svg { max-width: 36rem; }
.figure-source { font-size: 0.85rem; color: var(--muted); margin: 0.5rem 0; }
.figure-data summary { cursor: pointer; font-weight: 700; color: var(--navy); padding: 0.35rem 0; }
.figure-data summary:hover { text-decoration: underline; }

/* Tables: a labelled region that scrolls on its own when the table is wider than the screen (positioned, so that the
   visually hidden words in its cells scroll with it rather than widen the page). */
.table-scroll { position: relative; overflow-x: auto; margin: 1rem 0 0.5rem; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.92rem; font-variant-numeric: tabular-nums; min-width: 100%; }
caption { text-align: left; }
.table-title { font-weight: 700; font-size: 0.92rem; margin: 1rem 0 0; }
.table-title + .table-scroll { margin-top: 0.4rem; }
th, td { padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { color: var(--navy); border-bottom: 2px solid var(--navy); vertical-align: bottom; }
tbody th { font-weight: 400; }
.num { text-align: right; white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--zebra); }
tr.group th { background: var(--tint); color: var(--navy); font-weight: 700; }
tr.total th, tr.total td { font-weight: 700; }
.table-note { font-size: 0.85rem; color: var(--muted); }

.listing { padding-left: 0; list-style: none; font-size: 0.95rem; }

/* The colophon. */
.colophon { background: var(--tint); border-top: 4px solid var(--teal); }
.colophon-inner { max-width: 76rem; margin: 0 auto; padding: 1.5rem 1rem 2.5rem; }
.colophon h2 { font-size: 1.2rem; }
.colophon dl { margin: 0; max-width: 48rem; font-size: 0.92rem; }
.colophon dl > div { display: grid; grid-template-columns: minmax(0, 1fr); padding: 0.35rem 0; border-bottom: 1px solid var(--rule); }
@media (min-width: 40em) { .colophon dl > div { grid-template-columns: 11rem minmax(0, 1fr); gap: 1rem; } }
.colophon dt { font-weight: 700; color: var(--muted); }
.colophon dd { margin: 0; }

/* The fact sheets: one page per province, in the order of the printed sheet. */
.sheet-main { max-width: 48rem; margin: 0 auto; padding: 0.5rem 1rem 3rem; }
.sheet-main > .section > h2 { font-size: 1.4rem; margin-top: 2.25rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.15em; font-size: 0.8rem; font-weight: 700; color: var(--teal-on-navy); margin: 1rem 0 0; }
.side-by-side { display: grid; gap: 1rem; align-items: start; }
@media (min-width: 40em) { .side-by-side { grid-template-columns: minmax(0, 1fr) 14rem; } }
.side-by-side .key-numbers { margin: 0; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); }
.locator-map { margin: 0; max-width: 14rem; }
.locator-map figcaption { font-size: 0.85rem; color: var(--muted); }
.sheets ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.3rem 1rem; }
.sheets h2 { margin-top: 1.5rem; }

/* The front door: one link per language. */
.front-door-main { max-width: 48rem; margin: 0 auto; padding: 2rem 1rem 3rem; }
.editions { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
.editions li { border-top: 4px solid var(--teal); background: var(--tint); padding: 1rem; margin: 0; }
.editions a { display: block; font-size: 1.3rem; font-weight: 700; }
.edition-language { display: block; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.15em; color: var(--teal-text); }
.editions p { margin: 0.4rem 0 0; }

@media print {
  @page { size: A4; margin: 16mm 15mm 18mm; }
  body { font-size: 10.5pt; line-height: 1.45; }
  .skip-link, .languages, .toc, .figure-data { display: none; }
  .masthead { background: none; color: var(--navy); border-bottom: 2pt solid var(--teal); }
  .masthead h1, .masthead a { color: var(--navy); }
  .fieldwork { color: var(--muted); }
  .layout, .masthead-inner, .colophon-inner { display: block; max-width: none; padding-left: 0; padding-right: 0; }
  main { max-width: none; }
  .chapter { break-before: page; padding-top: 0; }
  .chapter-results > h2 { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3, h4, figcaption, .question { break-after: avoid; }
  .figure, .key-number, .question, .note, tr { break-inside: avoid; }
  .table-scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  .colophon { break-before: page; background: none; }
}

@media (prefers-reduced-motion: no-preference) {
  html { scroll-behavior: smooth; }
}
""";
}
