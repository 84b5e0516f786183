// The dashboard's HTML: escaped text, one small stylesheet, pages that refresh themselves and
// read well without JavaScript.

/** Text as HTML: every value shown goes through here. */
export function escape(text: string | number | undefined): string {
  return String(text ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const style = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #1c2430; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; margin-top: 1.6rem; }
a { color: #1b5fb4; } nav { margin-bottom: 1rem; color: #5b6675; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e3e7ec; vertical-align: top; }
th { font-weight: 600; color: #5b6675; }
.state { font-weight: 600; white-space: nowrap; }
.Ready, .Succeeded, .Scheduled, .success { color: #1f7a3a; }
.Failed, .failure, .error { color: #b3261e; }
.Progressing, .Running, .Pending, .pending { color: #8a5a00; }
.muted { color: #5b6675; } code, pre { font: 12.5px/1.4 ui-monospace, monospace; }
pre { background: #f4f6f8; padding: .75rem; overflow-x: auto; white-space: pre-wrap; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; } dt { color: #5b6675; }
`;

export interface PageOptions {
  title: string;
  /** seconds until the page reloads itself (0: never) */
  refresh?: number;
}

export function page(options: PageOptions, body: string): string {
  const refresh = options.refresh ?? 5;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh > 0 ? `<meta http-equiv="refresh" content="${refresh}">` : ''}
<title>${escape(options.title)} · berth</title><style>${style}</style></head>
<body><nav><a href="/">berth</a> · ${escape(options.title)}</nav>
${body}
</body></html>
`;
}

export function stateCell(state: string): string {
  return `<span class="state ${escape(state)}">${escape(state)}</span>`;
}

/** A table from a header and rows of already-escaped cells; `empty` when there are no rows. */
export function table(header: readonly string[], rows: readonly string[][], empty: string): string {
  if (rows.length === 0) return `<p class="muted">${escape(empty)}</p>`;
  const head = header.map((h) => `<th>${escape(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
  return `<table><thead><tr>${head}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

export function short(commit: string | undefined): string {
  if (!commit) return '';
  return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit;
}
