/** A field's name as people read it: 'performancePay' → 'performance pay'. */
export function fieldName(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
