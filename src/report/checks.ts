/**
 * « À vérifier » in the report: the same groups as the Markdown synthesis (export/checks.ts), by
 * document and by rule, each line linked to its document when the report can reach it.
 */
import { checkGroups, driftCheck } from '../export/checks.js';
import type { Cluster } from '../types/cluster.js';
import type { ParseReport } from '../types/report.js';
import type { Lang } from '../vocabulary/labels.js';
import { SYNTHESIS_TEXT } from '../vocabulary/synthesis-text.js';
import { escapeHtml } from './escape.js';

/** How many lines a rule lists before "et N autres": a report of 100,000 lines stays readable. */
const LINES_SHOWN = 20;

export interface ChecksInput {
  report: ParseReport | null;
  lang: Lang;
  /** Ideas that rest on the wording of their items alone. */
  weakIdeas: number;
  /** The ideas, for the drift check; null when the records were not grouped. */
  clusters?: readonly Cluster[] | null;
  sourceHref: (file: string) => string | null;
}

export function checksHtml({ report, lang, weakIdeas, clusters, sourceHref }: ChecksInput): string {
  const t = SYNTHESIS_TEXT[lang];
  const out = [`<section id="checks" class="checks" aria-labelledby="checks-title"><h2 id="checks-title">${escapeHtml(t.check)}</h2>`];
  if (weakIdeas) out.push(`<p>${escapeHtml(t.weakIdeas(weakIdeas))}</p>`);
  const drift = driftCheck(clusters ?? null, lang);
  if (drift) {
    const items = drift.items.slice(0, LINES_SHOWN).map((item) => {
      const href = sourceHref(item.farthest.file);
      const file = escapeHtml(item.farthest.file);
      const where = `${href ? `<a href="${escapeHtml(href)}">${file}</a>` : file}, ${escapeHtml(`${t.line} ${item.farthest.line}`)}`;
      const farthest = escapeHtml(t.driftFarthest(item.size, t.quote(item.farthest.text.replaceAll('\u0000', '')), '\u0000', item.farthest.similarity)).replace('\u0000', where);
      return `<li>${escapeHtml(t.quote(item.text))}${escapeHtml(t.colon)}${farthest}</li>`;
    });
    if (drift.items.length > LINES_SHOWN) items.push(`<li>${escapeHtml(t.more(drift.items.length - LINES_SHOWN))}</li>`);
    out.push(`<div class="check-drift"><p>${escapeHtml(t.driftIntro)}</p><ul><li class="warning">${escapeHtml(drift.summary)}<ul>${items.join('')}</ul></li></ul></div>`);
  }
  const documents = checkGroups(report, lang);
  if (!report) out.push(`<p>${escapeHtml(t.noReport)}</p>`);
  else if (!documents.length) out.push(`<p>${escapeHtml(t.nothingToCheck)}</p>`);
  else out.push(`<p>${escapeHtml(t.checkIntro)}</p>`);
  for (const document of documents) {
    const href = sourceHref(document.file);
    const name = href ? `<a href="${escapeHtml(href)}">${escapeHtml(document.file)}</a>` : escapeHtml(document.file);
    // The document's problems in one line, when there are several kinds: each kind then heads its lines.
    const summary = document.groups.length > 1 ? `<p>${escapeHtml(document.groups.map((g) => g.summary).join(t.listSeparator))}</p>` : '';
    out.push(`<div class="check-file"><h3>${name}</h3>${summary}<ul>`);
    for (const group of document.groups) {
      const lines = group.items.slice(0, LINES_SHOWN).map((item) => {
        const where = item.line === null ? '' : `${escapeHtml(t.line)} ${item.line}`;
        const linked = where && href ? `<a href="${escapeHtml(href)}">${where}</a>` : where;
        const what = item.words !== null ? escapeHtml(t.quote(item.words)) : escapeHtml(item.message);
        return `<li>${linked ? `${linked}${escapeHtml(t.colon)}` : ''}${what}</li>`;
      });
      if (group.items.length > LINES_SHOWN) lines.push(`<li>${escapeHtml(t.more(group.items.length - LINES_SHOWN))}</li>`);
      out.push(`<li class="${group.severity}">${escapeHtml(group.summary)}<ul>${lines.join('')}</ul></li>`);
    }
    out.push('</ul></div>');
  }
  out.push('</section>');
  return out.join('\n');
}
