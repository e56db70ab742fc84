// What this application's plugins in Tasklist and Cockpit share about the page they run in.

const SVG = 'http://www.w3.org/2000/svg';

/** The path the application is served under, before /camunda/app/ (empty at the root). */
export function appRoot() {
  const path = window.location.pathname;
  const at = path.indexOf('/camunda/app/');
  return at > 0 ? path.substring(0, at) : '';
}

/** A new HTML element with its attributes and children (nodes, or text for anything else). */
export function element(tag, attributes, ...children) {
  return filled(document.createElement(tag), attributes, children);
}

/** A new SVG element, built as {@link element} builds HTML ones. */
export function svgElement(tag, attributes, ...children) {
  return filled(document.createElementNS(SVG, tag), attributes, children);
}

function filled(node, attributes, children) {
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}
