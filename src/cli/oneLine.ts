/** The CLI promises one line per problem; some messages (Node's, JSON.parse's) span several. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
