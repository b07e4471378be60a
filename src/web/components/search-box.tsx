import { useState } from "preact/hooks";
import { navigate } from "../router.js";

export function SearchBox({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  return (
    <form
      class="search"
      aria-label="Search"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) navigate(`/search?q=${encodeURIComponent(text.trim())}`);
      }}
    >
      <input
        type="search"
        aria-label="Search reports and names"
        placeholder='Search: "Sabratha" camp -airstrike'
        value={text}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
      />
    </form>
  );
}
