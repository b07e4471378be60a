import { TesseraError } from "../errors/errors.js";

export interface Config {
  /** An embedded store's folder, or a postgres:// URL. */
  readonly store: string;
  /** The named-entity model: "conll" (default), "gmb" (open data only), a model file, or "none". */
  readonly nerModel: string;
}

export const DEFAULT_STORE = "./tessera-data";

/**
 * Reads configuration once, at start-up: `--db` wins over TESSERA_DB, which wins over the default;
 * likewise `--ner-model` over TESSERA_NER_MODEL over "conll".
 * The result is frozen and passed down; nothing else reads the environment.
 */
export function loadConfig(
  options: { db?: string | undefined; nerModel?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): Config {
  const fromEnv = env.TESSERA_DB;
  const store = options.db ?? (fromEnv !== undefined && fromEnv !== "" ? fromEnv : DEFAULT_STORE);
  if (store.trim() === "") {
    throw new TesseraError("TESSERA_INVALID_INPUT", "--db: the store location is empty", { input: "--db" });
  }
  if (/^postgres(ql)?:/i.test(store) && !URL.canParse(store)) {
    throw new TesseraError(
      "TESSERA_INVALID_INPUT",
      `${options.db ? "--db" : "TESSERA_DB"}: "${store}" is not a valid postgres:// URL`,
      {
        input: store,
      },
    );
  }
  const nerModel = options.nerModel ?? (env.TESSERA_NER_MODEL || "conll");
  return Object.freeze({ store, nerModel });
}
