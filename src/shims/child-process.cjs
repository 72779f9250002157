// Bundled in place of node:child_process (see the bundle script in package.json). commander loads
// child_process at start-up for subcommands that are separate executables, which this CLI has none
// of; loading it (with net and dgram) cost some 3 ms of every run. It is loaded only if spawn is used.
module.exports = {
  get spawn() {
    return require("child_process").spawn;
  },
};
