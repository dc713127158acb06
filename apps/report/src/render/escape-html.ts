/**
 * Escapes text for HTML element content and double- or single-quoted attribute values:
 * `& < > " '` become character references, so corpus text can never become markup.
 *
 * @param text - Any text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
