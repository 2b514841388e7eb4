/**
 * The library bundled into the add-in: content/library.json, or the agency's file when the build
 * sets CX_LIBRARY (webpack resolves "cx-library" to it). The build validates the file, so this
 * module trusts it and keeps the validator out of the browser bundle.
 */
import data from "cx-library";
import { createLibrary, type LibraryData } from "./library";

export const bundledLibraryData = data as LibraryData;
export const bundledLibrary = createLibrary(bundledLibraryData);
