// The build (tsup) and the tests (vitest) load a `.txt` import as its text: `presswork/fixtures`
// bundles the seed articles from seeds/ itself, so there is no generated copy to keep in step.
declare module '*.txt' {
  const text: string;
  export default text;
}
