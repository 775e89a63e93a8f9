// A static site: every page is rendered to HTML at build time, with a trailing slash so each
// route is a folder with index.html that any static file server can serve as a deep link.
export const prerender = true;
export const trailingSlash = 'always';
