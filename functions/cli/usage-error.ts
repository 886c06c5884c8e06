/** A mistake in how a command was called, or an unreadable input: one line on stderr, exit code 2. */
export class UsageError extends Error {}
