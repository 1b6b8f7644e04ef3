/**
 * Where a shared plan sits in an address (`#plan=<value>`), without the decoder: the page
 * checks every address it opens, but loads lz-string and the plan schema only when one names a plan.
 */
export const PLAN_PARAM = 'plan';

/**
 * Finds the encoded value in a full URL, a hash, a query string or the bare value. Returns
 * null when the input names no plan at all (an ordinary app URL).
 */
export function extractPlanParam(input: string): string | null {
  const text = input.trim();
  const at = text.search(/[#?&]plan=/);
  if (at >= 0) {
    const rest = text.slice(at + 1 + PLAN_PARAM.length + 1);
    // The value's alphabet never contains '&' or '#', so either ends it (another parameter follows).
    return rest.split(/[&#]/)[0] ?? '';
  }
  if (text.startsWith(`${PLAN_PARAM}=`)) return text.slice(PLAN_PARAM.length + 1).split(/[&#]/)[0] ?? '';
  if (/^https?:|[#?]/.test(text) || text === '') return null;
  return text;
}
