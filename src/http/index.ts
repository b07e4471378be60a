export { buildServer, type ServerOptions, startServer, WEB_ROOT } from "./server.js";
