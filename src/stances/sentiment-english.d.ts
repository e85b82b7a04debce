// `sentiment`'s English language module. Its `labels` object is the table `analyze` reads: AFINN-165,
// with the package's emoji scores merged into it when `sentiment` loads.
declare module 'sentiment/languages/en/index.js' {
  const english: { readonly labels: Readonly<Record<string, number>> };
  export default english;
}
