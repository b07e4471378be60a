import { useEffect, useState } from "preact/hooks";

/**
 * A tiny history router: every view has a real URL (/entities/ent_x, /chart/ent_x?to=ent_y) that the
 * server answers with the UI, so links can be shared, bookmarked and opened in a new tab.
 */
const listeners = new Set<() => void>();

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  for (const listener of listeners) listener();
}

window.addEventListener("popstate", () => {
  for (const listener of listeners) listener();
});

export function useLocation(): { path: string; query: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((t) => t + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return { path: location.pathname, query: new URLSearchParams(location.search) };
}

/** Left clicks on same-origin links route in the page; modified clicks open tabs as usual. */
export function interceptLinks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return;
  const anchor = (event.target as Element | null)?.closest?.("a");
  if (!anchor || anchor.target || anchor.origin !== location.origin || anchor.hasAttribute("download"))
    return;
  if (anchor.pathname.startsWith("/api/")) return;
  if (anchor.pathname === location.pathname && anchor.hash && anchor.search === location.search) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search + anchor.hash);
}

/** Matches `/entities/:id` style patterns; returns the decoded parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(":")) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}
