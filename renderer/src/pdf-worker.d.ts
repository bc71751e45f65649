declare module 'pdfjs-worker?url' {
  const url: string;
  export default url;
}
