import type { ComponentChildren } from "preact";
import type { Loaded } from "../api.js";

/** Loading and error states the same way everywhere; children render once data is there. */
export function Status<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T) => ComponentChildren;
}) {
  if (loaded.error) {
    return (
      <p class="error" role="alert">
        {loaded.error.message}
      </p>
    );
  }
  if (loaded.data === undefined) return <p class="muted">Loading…</p>;
  return <>{children(loaded.data)}</>;
}
