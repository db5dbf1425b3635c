// From a file, not inline, so that a Content-Security-Policy allowing only 'self' lets it run.
console.error("planted console error");
