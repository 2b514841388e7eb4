/**
 * The library bundled into the add-in: content/library.json, or the agency's file when the build
 * sets CX_LIBRARY (webpack resolves "cx-library" to it). The build validates the file, so this
 * module trusts it and keeps the validator out of the browser bundle.
 */
import data from "cx-library";
import { createLibrary, type LibraryData } from "./library";

export const bundledLibrary = createLibrary(data as LibraryData);
/** The bundled library's data as the file holds it, for what starts from it (the library editor, a hosted library's check). */
export const bundledLibraryData = data as LibraryData;
