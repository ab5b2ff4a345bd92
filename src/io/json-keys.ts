/**
 * Finds a key that appears twice in one JSON object, at any depth.
 * NOTE: JSON.parse silently keeps the last of duplicate keys, so a header with
 * two entries for one tensor name would load "fine" with one of them ignored.
 * Call this on text JSON.parse has accepted: it tracks only strings and
 * nesting, iteratively (no recursion, so deep nesting cannot overflow the stack).
 */
export function findDuplicateKey(json: string): { key: string; path: string } | undefined {
  interface Frame {
    keys: Set<string> | null; // null for arrays
    expectKey: boolean;
    name: string;
  }
  const stack: Frame[] = [];
  let lastKey = '';
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x7b /* { */) {
      stack.push({ keys: new Set(), expectKey: true, name: lastKey });
    } else if (c === 0x5b /* [ */) {
      stack.push({ keys: null, expectKey: false, name: lastKey });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
    } else if (c === 0x22 /* " */) {
      let j = i + 1;
      while (json.charCodeAt(j) !== 0x22) j += json.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        // Decode escapes, so "a" and "\u0061" count as the same key.
        const key = JSON.parse(json.slice(i, j + 1)) as string;
        if (top.keys.has(key)) return { key, path: stack.slice(1).map((f) => f.name).join('.') };
        top.keys.add(key);
        top.expectKey = false;
        lastKey = key;
      }
      i = j;
    }
  }
  return undefined;
}
