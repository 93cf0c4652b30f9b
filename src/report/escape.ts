/**
 * Untrusted text made inert in the report. Everything a document says is escaped in HTML, and the
 * data the page's script reads is JSON that cannot close its <script> element or open a comment.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON to embed in `<script type="application/json">`: `<`, `>` and `&` are written as \u
 * escapes, so `</script>` and `<!--` cannot occur; U+2028 and U+2029 too, which older parsers
 * read as line ends. JSON.parse gives back the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Code to embed in an inline <script>: a `</script` or `<!--` inside a string or comment of a
 * library would end the element early; `<\/script` and `<\!--` mean the same to JavaScript.
 */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
