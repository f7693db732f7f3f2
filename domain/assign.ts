/** Copies the fields the caller gave (undefined = "leave as it is"; null = "clear"). */
export function assignDefined<T extends object, C extends object>(target: T, changes: C): T & C {
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target as T & C;
}
