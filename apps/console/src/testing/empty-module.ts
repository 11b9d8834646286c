// Stands in for stylesheets under Jest.
export {};
