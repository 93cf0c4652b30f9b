/** Module resolution hooks: better-sqlite3 is not found, as on a machine where it did not install. */
export async function resolve(specifier, context, next) {
  if (specifier === 'better-sqlite3') {
    throw Object.assign(new Error(`Cannot find package 'better-sqlite3' imported from ${context.parentURL}`), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}
