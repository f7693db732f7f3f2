/** Copies the fields the caller gave (undefined = "leave as it is"; null = "clear"). */
export function assignDefined<T extends object>(target: T, changes: Partial<T>): T {
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}
