/** Words of a scene and the event noun they imply. */
export interface SceneVerb {
  words: string[];
  head: string;
  /** Where the weapon's phrase starts among `words`, when the scene names it: "set off [the bomb]". */
  weapon?: number;
}

/**
 * Verbs that tell of an attack without naming it, with no actor needed ("a truck ploughed into …",
 * "A gunman … opened fire outside …", "A suicide bomber blew himself up on …", "came down in …"):
 * the words of the scene, and the event noun they imply.
 */
const SCENE_VERBS: readonly SceneVerb[] = [
  ["opened", "fire"],
  // "… was overpowered by passengers after opening fire on a high-speed train".
  ["opening", "fire"],
  ["blew", "himself", "up"],
  ["blew", "herself", "up"],
  ["blew", "themselves", "up"],
  ["ploughed", "into"],
  ["plowed", "into"],
  ["walked", "into"],
  // "burst into a synagogue", "tried to force his way into a synagogue", "stormed into the hall".
  // "their vehicle hit a landmine on Mount Chaambi", "a patrol struck a roadside bomb near Kidal".
  ["hit", "a", "landmine"],
  ["struck", "a", "landmine"],
  ["hit", "a", "mine"],
  ["struck", "a", "mine"],
  ["hit", "a", "roadside", "bomb"],
  ["struck", "a", "roadside", "bomb"],
  ["hit", "an", "improvised", "explosive", "device"],
  ["struck", "an", "improvised", "explosive", "device"],
  ["hit", "an", "ied"],
  ["struck", "an", "ied"],
  // "stabbed a police commander to death outside his home in Magnanville".
  ["stabbed"],
  ["burst", "into"],
  ["stormed", "into"],
  ["force", "his", "way", "into"],
  ["force", "their", "way", "into"],
  ["forced", "his", "way", "into"],
  ["forced", "their", "way", "into"],
  ["exploded"],
  ["detonated"],
  ["struck"],
  ["came", "down"],
  // "Police in Hanau report shots fired …", "Shots were fired on the Boulevard d'Avroy".
  ["shots", "fired"],
  ["shots", "were", "fired"],
  ["shots", "have", "been", "fired"],
  ["crashed"],
  // "fired rockets at an army base in Kandahar", "fired mortar rounds into the Green Zone".
  ["fired", "rockets"],
  ["fired", "mortars"],
  ["fired", "mortar", "rounds"],
  ["fired", "mortar", "shells"],
  ["fired", "missiles"],
  ["fired", "shells"],
  ["fired", "grenades"],
  ["fired", "a", "rocket"],
  ["fired", "a", "missile"],
  // "launched a missile at the Saudi city of Jizan", "threw a grenade into a bar in Bujumbura".
  ["launched", "a", "missile"],
  ["launched", "missiles"],
  ["launched", "rockets"],
  ["threw", "a", "grenade"],
  ["threw", "grenades"],
  ["hurled", "a", "grenade"],
  ["lobbed", "a", "grenade"],
].map((words) => ({ words, head: "attack" }));

/** Verbs of driving a vehicle into a crowd or a gate: the vehicle comes between the verb and "into". */
const DRIVING = new Set(["drove", "rammed", "ploughed", "plowed", "steered", "crashed"]);
/** Verbs of setting off a charge, whose object must be one: "set off his explosives", never "set off for Kano". */
const CHARGES = new Set(["bomb", "bombs", "explosives", "device", "vest", "belt", "charge", "charges"]);

/** Nouns of shots heard before an attack is named, and the verbs that report them. */
const GUNFIRE = new Set(["gunfire", "gunshots"]);
const HEARD = new Set(["reported", "heard", "erupted", "rang"]);

/**
 * The scene verb at `i`, from the list above or a verb of driving with its vehicle ("drove a truck into",
 * "rammed an explosives-laden car into", "drove a car packed with explosives into") or of setting off a
 * charge ("set off her explosives at a market", "detonated a bomb"): an attack told by its scene.
 */
export function sceneVerbAt(words: readonly string[], i: number): SceneVerb | undefined {
  // Only gunfire and shots open their sentence; every other scene verb follows its subject.
  if (i === 0)
    return (
      gunfire(words, i) ??
      SCENE_VERBS.find((v) => v.words[0] === "shots" && v.words.every((w, k) => words[k] === w))
    );
  const listed = SCENE_VERBS.find((v) => v.words.every((w, k) => words[i + k] === w));
  if (listed && !DRIVING.has(words[i]!)) return listed;
  if (DRIVING.has(words[i]!)) {
    const into = words.indexOf("into", i + 1);
    // "drove into the city" is a journey: only a vehicle between makes it an attack.
    if (words[i] === "drove" && into === i + 1) return undefined;
    if (into > i && into - i <= 8 && !words.slice(i + 1, into).some((w) => w === "," || w === ";"))
      return { words: words.slice(i, into + 1) as string[], head: "attack" };
    return listed;
  }
  const underFire = cameUnderFire(words, i);
  if (underFire) return underFire;
  const heard = gunfire(words, i);
  if (heard) return heard;
  if (words[i] === "set" && words[i + 1] === "off") {
    const charge = words.slice(i + 2, i + 6).findIndex((w) => CHARGES.has(w));
    if (charge >= 0) return { words: words.slice(i, i + 3 + charge) as string[], head: "bombing", weapon: 2 };
  }
  return undefined;
}

/**
 * "Gunfire has been reported at a shopping centre in Nairobi", "Heavy gunfire was heard near the
 * airport": a live blog's first word of an attack, before it has a name. Not "No gunfire was heard".
 */
function gunfire(words: readonly string[], i: number): SceneVerb | undefined {
  if (!GUNFIRE.has(words[i]!) || words[i - 1] === "no") return undefined;
  const heard = words.slice(i + 1, i + 5).findIndex((w) => HEARD.has(w));
  const between = words.slice(i + 1, i + 1 + heard);
  if (heard < 0 || !between.every((w) => /^(?:has|have|had|was|were|been|is|are)$/.test(w))) return undefined;
  return { words: words.slice(i, i + 2 + heard) as string[], head: "attack" };
}

/** What comes under fire in an attack: "A patrol came under fire near Gao", "Peacekeepers came under fire". */
const ARMED_TARGETS = new Set([
  "patrol",
  "convoy",
  "troops",
  "soldiers",
  "base",
  "peacekeepers",
  "vehicle",
  "helicopter",
  "forces",
  "checkpoint",
  "post",
  "aircraft",
  "ship",
  "positions",
  "police",
  "policemen",
]);

/** "came under fire" said of soldiers or their post, never of a minister or a policy (words, not arms). */
function cameUnderFire(words: readonly string[], i: number): SceneVerb | undefined {
  const at = words[i] === "has" || words[i] === "have" ? i + 1 : i;
  if (!["came", "come"].includes(words[at]!) || words[at + 1] !== "under" || words[at + 2] !== "fire")
    return undefined;
  if (!words.slice(Math.max(0, i - 4), i).some((w) => ARMED_TARGETS.has(w))) return undefined;
  return { words: words.slice(i, at + 3) as string[], head: "attack" };
}
