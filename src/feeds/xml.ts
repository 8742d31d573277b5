/**
 * Serialising feed models to XML: fast-xml-parser's XMLBuilder escapes markup
 * characters, but passes through characters XML 1.0 forbids, so every string
 * of the model is cleaned first.
 */
import { XMLBuilder } from "fast-xml-parser";
import { stripXmlForbidden } from "../text/clean.js";

export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | number | boolean | XmlNode | XmlValue[] | undefined;

/** Attributes are keys starting with "@_"; text beside attributes is "#text". */
export function serializeXml(root: XmlNode): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    format: true,
    indentBy: "  ",
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
    processEntities: true,
  });
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  return `${declaration}${String(builder.build(cleanStrings(root))).trimEnd()}\n`;
}

function cleanStrings(value: XmlValue): XmlValue {
  if (typeof value === "string") return stripXmlForbidden(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value && typeof value === "object") {
    const out: XmlNode = {};
    for (const [key, child] of Object.entries(value)) if (child !== undefined) out[key] = cleanStrings(child);
    return out;
  }
  return value;
}
