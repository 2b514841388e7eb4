/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ "./src/preview/sampleDocuments.ts"
/*!****************************************!*\
  !*** ./src/preview/sampleDocuments.ts ***!
  \****************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sampleDocuments: () => (/* binding */ sampleDocuments),
/* harmony export */   samplePerformancePlan: () => (/* binding */ samplePerformancePlan),
/* harmony export */   samplePositionDescription: () => (/* binding */ samplePositionDescription)
/* harmony export */ });
const heading1 = (text) => ({ text, styleBuiltIn: "Heading1" });
const heading2 = (text) => ({ text, styleBuiltIn: "Heading2" });
const body = (text) => ({ text });
const boldLine = (text) => ({ text, bold: true });
const bullet = (text, list, level = 0) => ({
    text,
    style: "List Paragraph",
    list: { id: list, level, bullet: true },
});
const cell = (text, cellId) => ({ text, body: "TableCell", tableNestingLevel: 1, cellId });
const pdParagraphs = [
    { text: "U.S. Department of Example Services · Office of Human Capital", body: "Header", style: "Header", styleBuiltIn: "Header" },
    { text: "Position Description", styleBuiltIn: "Title", alignment: "Centered" },
    { text: "Management and Program Analyst, GS-0343-11", bold: true, alignment: "Centered" },
    { text: "Office of Customer Experience, Field Operations Division", alignment: "Centered" },
    cell("Position Number: 24-0117", 1),
    cell("FLSA Status: Exempt", 2),
    cell("Supervisory Status: Non-supervisory (8)", 3),
    cell("Competitive Level: 0343-11-04", 4),
    heading1("Introduction"),
    body("This position is located in the Field Operations Division of the Office of Customer Experience. The division plans, " +
        "evaluates and improves the services the Department delivers to members of the public through its contact centers, " +
        "online channels and regional offices."),
    body("The incumbent serves as a management and program analyst responsible for analyzing service delivery operations, " +
        "identifying barriers customers encounter, and recommending practical improvements to programs and processes."),
    heading1("Major Duties"),
    body("The incumbent performs the following duties, with the approximate percentage of time spent on each:"),
    boldLine("Customer Support Operations (50%)"),
    bullet("Reviews contact center, correspondence and web inquiry data to identify recurring customer questions and complaints.", 1),
    bullet("Analyzes the end-to-end process customers follow to obtain services and documents points of delay or confusion.", 1),
    bullet("Recommends changes to procedures, forms and notices, and coordinates their review with program offices.", 1),
    bullet("Drafts plain-language guidance for front-line staff on resolving common service issues.", 1, 1),
    bullet("Monitors implemented changes and reports on their effect on processing times and customer satisfaction.", 1),
    body(""),
    boldLine("Program Analysis and Reporting (30%)"),
    bullet("Designs and maintains performance measures for service delivery, including timeliness, accuracy and satisfaction.", 1),
    bullet("Prepares recurring and ad hoc reports, briefings and dashboards for division and office leadership.", 1),
    bullet("Conducts studies of workload, staffing and resource use and presents findings with supporting data.", 1),
    boldLine("Stakeholder Engagement (20%)"),
    bullet("Serves as a point of contact with program offices, regional staff and contractors on service improvement projects.", 1),
    bullet("Plans and facilitates working sessions to gather requirements and build agreement on proposed changes.", 1),
    heading1("Factor Levels"),
    heading2("Factor 1 – Knowledge Required by the Position, Level 1-7, 1250 points"),
    body("Knowledge of the theories, principles and methods of management and program analysis sufficient to:"),
    { text: "evaluate the efficiency and effectiveness of service delivery programs;", list: { id: 2, level: 0 } },
    { text: "apply qualitative and quantitative methods to measure program performance; and", list: { id: 2, level: 0 } },
    { text: "communicate findings and recommendations orally and in writing to varied audiences.", list: { id: 2, level: 0 } },
    heading2("Factor 2 – Supervisory Controls, Level 2-4, 450 points"),
    body("The supervisor sets overall objectives and resources available. The incumbent independently plans and carries out " +
        "assignments, resolves most conflicts that arise, and keeps the supervisor informed of progress and controversial matters."),
    heading2("Factor 3 – Guidelines, Level 3-4, 450 points"),
    body("Guidelines include Department policies, program regulations and general management literature. They are often " +
        "inadequate for specific problems, and the incumbent uses judgment and initiative to adapt or develop approaches."),
    heading2("Factor 4 – Complexity, Level 4-4, 225 points"),
    body("Work involves analyzing service processes that cross several program offices and delivery channels, where " +
        "information is incomplete and the relationships between issues are not readily apparent."),
    heading2("Factor 5 – Scope and Effect, Level 5-3, 150 points"),
    body("The purpose of the work is to analyze conventional problems in service delivery and recommend solutions. Results " +
        "affect the timeliness and quality of services provided to the public in the field offices served."),
    heading2("Factor 6 – Personal Contacts, Level 6-3, 60 points"),
    body("Contacts are with employees and managers throughout the Department, contractors, and members of the public."),
    heading2("Factor 7 – Purpose of Contacts, Level 7-3, 120 points"),
    body("Contacts are to influence managers and staff to adopt recommended changes and to gain cooperation with projects " +
        "where participants may have differing views or priorities."),
    heading2("Factor 8 – Physical Demands, Level 8-1, 5 points"),
    body("The work is sedentary. Some walking, standing and carrying of light items such as papers and laptops is required."),
    heading2("Factor 9 – Work Environment, Level 9-1, 5 points"),
    body("Work is performed in an office setting with adequate lighting, heating and ventilation."),
    {
        text: "Conditions of Employment: The incumbent must successfully complete a background investigation and may be required " +
            "to file a confidential financial disclosure report.",
        contentControl: { id: 1, cannotEdit: true, cannotDelete: true, title: "Agency boilerplate", tag: "conditions" },
    },
    boldLine("Total Points: 2715"),
    boldLine("Final Grade: GS-11"),
    body("Grade conversion: 2355–2750 points = GS-11."),
    { text: "PD 24-0117 · Management and Program Analyst", body: "Footer", style: "Footer", styleBuiltIn: "Footer" },
];
/** A non-supervisory GS-0343-11 PD; the caret starts in the first Major Duties bullet. */
const samplePositionDescription = {
    paragraphs: pdParagraphs,
    selection: { start: { paragraph: 14, offset: 0 }, end: { paragraph: 14, offset: 0 } },
};
const pwpParagraphs = [
    { text: "U.S. Department of Example Services · Performance Management Program", body: "Header", style: "Header", styleBuiltIn: "Header" },
    { text: "Performance Work Plan", styleBuiltIn: "Title", alignment: "Centered" },
    { text: "Rating Period: October 1, 2025 – September 30, 2026", alignment: "Centered" },
    cell("Employee: Jordan Rivera", 1),
    cell("Position: Management and Program Analyst, GS-0343-11", 2),
    cell("Organization: Office of Customer Experience", 3),
    cell("Rating Official: Dana Whitfield, Division Director", 4),
    heading1("Core Competencies"),
    body("Each competency is rated on the five-level scale described in the Department's performance appraisal program."),
    heading2("Customer Service"),
    body("Anticipates and meets the needs of internal and external customers. Delivers high-quality products and services, " +
        "responds to inquiries promptly and courteously, and follows up to make sure issues are resolved."),
    heading2("Communication"),
    body("Writes and speaks clearly and concisely, tailoring the message to the audience and using plain language."),
    heading2("Teamwork and Collaboration"),
    body("Works cooperatively with colleagues across offices, shares information openly and contributes to group goals."),
    heading1("Performance Goals"),
    heading2("Performance Goal 1: Reduce the time customers wait for a response to written inquiries"),
    body("Critical element: Yes. Aligned to the Department's strategic objective on service delivery."),
    bullet("Analyze correspondence workload and identify the three largest sources of delay by December 31.", 1),
    bullet("Recommend and help implement process changes that reduce average response time by 15 percent.", 1),
    bullet("Report progress to the rating official each quarter.", 1),
    heading2("Performance Goal 2: Improve the clarity of customer-facing notices"),
    body("Critical element: Yes."),
    bullet("Review the ten most frequently issued notices against federal plain language guidelines.", 2),
    bullet("Revise at least six notices with program office concurrence.", 2),
    body(""),
    heading1("Critical Elements"),
    heading2("Critical Element 1 – Service Delivery Analysis"),
    boldLine("Fully Successful standard"),
    body("Analyses are accurate, complete and delivered by agreed deadlines. Recommendations are supported by data and are " +
        "practical to implement. No more than two products per rating period require substantial rework."),
    heading2("Critical Element 2 – Stakeholder Engagement"),
    boldLine("Fully Successful standard"),
    body("Maintains productive working relationships with program offices and regional staff. Meetings are planned with " +
        "clear objectives, and follow-up actions are documented and tracked to completion."),
    heading1("Signatures"),
    body("Employee: ______________________   Date: ____________"),
    body("Rating Official: ______________________   Date: ____________"),
];
/** A GS performance work plan; the caret starts in the Customer Service paragraph. */
const samplePerformancePlan = {
    paragraphs: pwpParagraphs,
    selection: { start: { paragraph: 10, offset: 0 }, end: { paragraph: 10, offset: 0 } },
};
const sampleDocuments = {
    pd: { label: "Position description", spec: samplePositionDescription },
    pwp: { label: "Performance work plan", spec: samplePerformancePlan },
};


/***/ },

/***/ "./src/word/standin/api.ts"
/*!*********************************!*\
  !*** ./src/word/standin/api.ts ***!
  \*********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   StandinBody: () => (/* binding */ StandinBody),
/* harmony export */   StandinClientResult: () => (/* binding */ StandinClientResult),
/* harmony export */   StandinContentControl: () => (/* binding */ StandinContentControl),
/* harmony export */   StandinDocument: () => (/* binding */ StandinDocument),
/* harmony export */   StandinFont: () => (/* binding */ StandinFont),
/* harmony export */   StandinList: () => (/* binding */ StandinList),
/* harmony export */   StandinListItem: () => (/* binding */ StandinListItem),
/* harmony export */   StandinObject: () => (/* binding */ StandinObject),
/* harmony export */   StandinParagraph: () => (/* binding */ StandinParagraph),
/* harmony export */   StandinParagraphCollection: () => (/* binding */ StandinParagraphCollection),
/* harmony export */   StandinRange: () => (/* binding */ StandinRange),
/* harmony export */   StandinRequestContext: () => (/* binding */ StandinRequestContext)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./errors */ "./src/word/standin/errors.ts");
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./model */ "./src/word/standin/model.ts");
/**
 * Proxy objects of the stand-in Word API: cheap handles whose method calls and property sets are queued and
 * run against the model at context.sync(), in order, as Office batches do
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 *
 * - A property is readable only after load + sync; the value is the one captured by that sync.
 * - Methods returning objects (getFirst, getPreviousOrNullObject, insertParagraph, …) queue a step that binds
 *   the new handle at that point of the batch; a paragraph handle stays bound to its paragraph afterwards.
 * - When a queued step fails, the steps before it have taken effect, the later ones are dropped and sync rejects.
 * - Members of a requirement set the host does not claim throw ApiNotFound when called, read or loaded.
 */


function requireApi(context, version, location) {
    if (!context._runtime.model.isSetSupported("WordApi", version)) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ApiNotFound", location, `${location} needs WordApi ${version}`);
    }
}
function hasOwn(record, key) {
    return Object.prototype.hasOwnProperty.call(record, key);
}
/**
 * Load arguments as Office accepts them: "a,b/c", ["a", "b/c"], { select, expand } (plus $top/$skip on
 * collections), or the typed form { a: true, b: { c: true } }. A bare load() is refused (see BARE_LOAD_MESSAGE).
 */
function parseLoadArgument(option, location) {
    const bare = () => new _errors__WEBPACK_IMPORTED_MODULE_0__.StandinOfficeError("InvalidArgument", _errors__WEBPACK_IMPORTED_MODULE_0__.BARE_LOAD_MESSAGE, location);
    const split = (s) => s
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x !== "");
    let paths = [];
    let top;
    let skip;
    if (option === undefined || option === null)
        throw bare();
    if (typeof option === "string")
        paths = split(option);
    else if (Array.isArray(option)) {
        for (const item of option) {
            if (typeof item !== "string")
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, "load() array items must be strings");
            paths.push(...split(item));
        }
    }
    else if (typeof option === "object") {
        const o = option;
        if (hasOwn(o, "select") || hasOwn(o, "expand") || hasOwn(o, "$top") || hasOwn(o, "$skip")) {
            const list = (v) => typeof v === "string" ? split(v) : Array.isArray(v) ? v.filter((x) => typeof x === "string").flatMap(split) : [];
            paths = [...list(o.select), ...list(o.expand)];
            if (typeof o.$top === "number")
                top = o.$top;
            if (typeof o.$skip === "number")
                skip = o.$skip;
        }
        else {
            if (o.$all === true)
                throw bare();
            const walk = (obj, prefix) => {
                for (const [key, value] of Object.entries(obj)) {
                    if (key.startsWith("$"))
                        continue;
                    if (value === true)
                        paths.push(prefix + key);
                    else if (value && typeof value === "object")
                        walk(value, `${prefix}${key}/`);
                }
            };
            walk(o, "");
        }
    }
    else
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, "unsupported load() argument");
    if (paths.length === 0)
        throw bare();
    return { paths, top, skip };
}
/** Checks paths against the schema (unknown → InvalidArgument, unsupported → ApiNotFound) and groups them. */
function buildTree(context, schema, paths, all, location) {
    const tree = { all, scalars: new Set(), children: new Map() };
    if (schema.items) {
        // On a collection, "items/x" and plain "x" both mean x on every item; "items" alone means all scalars.
        const itemPaths = [];
        let itemsAll = all;
        for (const path of paths) {
            if (path === "items")
                itemsAll = true;
            else
                itemPaths.push(path.startsWith("items/") ? path.slice("items/".length) : path);
        }
        tree.children.set("items", buildTree(context, schema.items(), itemPaths, itemsAll, location));
        return tree;
    }
    const grouped = new Map();
    for (const path of paths) {
        const [head = "", ...restParts] = path.split("/");
        if (hasOwn(schema.scalars, head)) {
            if (restParts.length > 0)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, `'${head}' is not a navigation property`);
            requireApi(context, schema.scalars[head], `${schema.type}.${head}`);
            tree.scalars.add(head);
        }
        else if (hasOwn(schema.navs, head)) {
            requireApi(context, schema.navs[head].req, `${schema.type}.${head}`);
            const entry = grouped.get(head) ?? { rest: [], all: false };
            // Loading a navigation property by itself loads its scalars, as office.js does ("font" = font.load()).
            if (restParts.length === 0)
                entry.all = true;
            else
                entry.rest.push(restParts.join("/"));
            grouped.set(head, entry);
        }
        else {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, `'${head}' is not a property of ${schema.type} that the stand-in models`);
        }
    }
    for (const [name, { rest, all: childAll }] of grouped) {
        tree.children.set(name, buildTree(context, schema.navs[name].schema(), rest, childAll, location));
    }
    return tree;
}
function describeLoad(option) {
    return typeof option === "string" ? option : JSON.stringify(option);
}
// ---------------------------------------------------------------------------------------------------------------
// Base object
// ---------------------------------------------------------------------------------------------------------------
/** OfficeExtension.ClientObject: https://learn.microsoft.com/javascript/api/office/officeextension.clientobject */
class StandinObject {
    constructor(context, _resolver, 
    /** An *OrNullObject handle (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties). */
    _nullable = false) {
        this._resolver = _resolver;
        this._nullable = _nullable;
        this._resolved = false;
        this._ref = null;
        this._known = false;
        this._values = new Map();
        this._children = new Map();
        this.context = context;
        context._register(this);
    }
    get _model() {
        return this.context._runtime.model;
    }
    get _type() {
        return this._schema.type;
    }
    /**
     * True when the *OrNullObject lookup found nothing. Readable after the sync that ran the lookup; a handle
     * derived from a null object (its font, its previous paragraph, …) is null as well.
     */
    get isNullObject() {
        if (this._known)
            return this._ref === null;
        if (!this._nullable)
            return false;
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.propertyNotLoaded)("isNullObject", `${this._type}.isNullObject`);
    }
    /** Binds the handle (once) to what it denotes now; throws the lookup's error (e.g. ItemNotFound). */
    _resolve() {
        if (!this._resolved) {
            this._ref = this._resolver();
            this._resolved = true;
        }
        if (this._ref !== null && !this._alive(this._ref)) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", `${this._type}`, "the object was deleted from the document");
        }
        return this._ref;
    }
    /** The bound model object, or ItemNotFound for a null object (using a null object in a write fails). */
    _refOrThrow(location) {
        const ref = this._resolve();
        if (ref === null)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, "the object is a null object");
        return ref;
    }
    _alive(_ref) {
        return true;
    }
    /** Called by the context after each sync. */
    _afterSync(succeeded) {
        if (succeeded && this._nullable && !this._resolved) {
            try {
                this._resolve();
            }
            catch {
                // Left unresolved; isNullObject stays unreadable, as nothing was learnt about the object.
            }
        }
        if (this._resolved)
            this._known = true;
    }
    _gate(version, member) {
        requireApi(this.context, version, `${this._type}.${member}`);
    }
    /** Reads a loaded property; see the class comment. */
    _get(name) {
        this._gate(this._schema.scalars[name] ?? "1.1", name);
        const location = `${this._type}.${name}`;
        if (this._known && this._ref === null) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.propertyNotLoaded)(name, location, "the object is a null object; check isNullObject first");
        }
        if (!this._values.has(name))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.propertyNotLoaded)(name, location);
        return this._values.get(name);
    }
    /**
     * Queues a property set. Like office.js, the handle remembers the value it was given, so reading it back
     * before a sync returns that value.
     */
    _set(name, value, apply) {
        this._gate(this._schema.scalars[name] ?? "1.1", name);
        this._values.set(name, value);
        const location = `${this._type}.${name}`;
        this.context._enqueue(`${location}=`, "write", () => apply(this._refOrThrow(location), location));
    }
    /** Creates (once) the handle behind a navigation property such as `font` or `parentBody`. */
    _nav(name, create) {
        this._gate(this._schema.navs[name]?.req ?? "1.1", name);
        let child = this._children.get(name);
        if (!child) {
            child = create();
            this._children.set(name, child);
        }
        return child;
    }
    /** Queues loading of properties; see parseLoadArgument for the accepted forms. */
    load(option) {
        const location = `${this._type}.load`;
        const { paths, top, skip } = parseLoadArgument(option, location);
        const tree = buildTree(this.context, this._schema, paths, false, location);
        tree.top = top;
        tree.skip = skip;
        this.context._enqueue(`${location}(${describeLoad(option)})`, "read", () => this._capture(tree));
        return this;
    }
    /** Runs a load at sync: snapshots the requested values. */
    _capture(tree) {
        const ref = this._resolve();
        if (ref === null)
            return;
        const names = tree.all
            ? Object.keys(this._schema.scalars).filter((n) => this._model.isSetSupported("WordApi", this._schema.scalars[n]))
            : [...tree.scalars];
        for (const name of names)
            this._values.set(name, this._readScalar(name, ref));
        for (const [name, sub] of tree.children)
            this._navByName(name)._capture(sub);
    }
    /** Queues a step that binds a handle returned by a method at this point of the batch. */
    _bindAtSync(label, child) {
        this.context._enqueue(label, "read", () => {
            child._resolve();
        });
        return child;
    }
    /** Loaded values, for logging (office.js gives a similar plain object). */
    toJSON() {
        return Object.fromEntries(this._values);
    }
    /** Tracking is implicit in the stand-in: positions of ranges always follow edits. */
    track() {
        return this;
    }
    untrack() {
        return this;
    }
}
/** OfficeExtension.ClientResult: https://learn.microsoft.com/javascript/api/office/officeextension.clientresult */
class StandinClientResult {
    constructor() {
        this._value = null;
    }
    get value() {
        if (!this._value)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ValueNotLoaded", "ClientResult.value");
        return this._value.v;
    }
    _set(v) {
        this._value = { v };
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Schemas (property name → WordApi version), from the [Api set] tags of each member in the Word typings
// ---------------------------------------------------------------------------------------------------------------
const FONT_SCHEMA = { type: "Font", scalars: { bold: "1.1", italic: "1.1", name: "1.1", size: "1.1" }, navs: {} };
const LIST_ITEM_SCHEMA = { type: "ListItem", scalars: { level: "1.3", listString: "1.3" }, navs: {} };
const LIST_SCHEMA = { type: "List", scalars: { id: "1.3", levelTypes: "1.3" }, navs: {} };
const CONTENT_CONTROL_SCHEMA = {
    type: "ContentControl",
    scalars: { id: "1.1", cannotEdit: "1.1", cannotDelete: "1.1", type: "1.1", title: "1.1", tag: "1.1", text: "1.1" },
    navs: {},
};
const PARAGRAPH_SCHEMA = {
    type: "Paragraph",
    scalars: {
        text: "1.1",
        style: "1.1",
        styleBuiltIn: "1.3",
        outlineLevel: "1.1",
        alignment: "1.1",
        leftIndent: "1.1",
        firstLineIndent: "1.1",
        isListItem: "1.3",
        isLastParagraph: "1.3",
        tableNestingLevel: "1.3",
        uniqueLocalId: "1.6",
    },
    navs: {
        font: { req: "1.1", schema: () => FONT_SCHEMA },
        listItem: { req: "1.3", schema: () => LIST_ITEM_SCHEMA },
        listItemOrNullObject: { req: "1.3", schema: () => LIST_ITEM_SCHEMA },
        list: { req: "1.3", schema: () => LIST_SCHEMA },
        listOrNullObject: { req: "1.3", schema: () => LIST_SCHEMA },
        parentBody: { req: "1.3", schema: () => BODY_SCHEMA },
        parentContentControl: { req: "1.1", schema: () => CONTENT_CONTROL_SCHEMA },
        parentContentControlOrNullObject: { req: "1.3", schema: () => CONTENT_CONTROL_SCHEMA },
    },
};
const PARAGRAPHS_SCHEMA = { type: "ParagraphCollection", scalars: {}, navs: {}, items: () => PARAGRAPH_SCHEMA };
const BODY_SCHEMA = {
    type: "Body",
    scalars: { text: "1.1", type: "1.3" },
    navs: {
        paragraphs: { req: "1.1", schema: () => PARAGRAPHS_SCHEMA },
        parentBody: { req: "1.3", schema: () => BODY_SCHEMA },
        parentBodyOrNullObject: { req: "1.3", schema: () => BODY_SCHEMA },
    },
};
const RANGE_SCHEMA = {
    type: "Range",
    scalars: { text: "1.1", isEmpty: "1.3" },
    navs: {
        paragraphs: { req: "1.1", schema: () => PARAGRAPHS_SCHEMA },
        parentBody: { req: "1.3", schema: () => BODY_SCHEMA },
        parentContentControl: { req: "1.1", schema: () => CONTENT_CONTROL_SCHEMA },
        parentContentControlOrNullObject: { req: "1.3", schema: () => CONTENT_CONTROL_SCHEMA },
    },
};
const DOCUMENT_SCHEMA = {
    type: "Document",
    scalars: { changeTrackingMode: "1.4" },
    navs: { body: { req: "1.1", schema: () => BODY_SCHEMA } },
};
const ALIGNMENTS = ["Left", "Centered", "Right", "Justified"];
function assertOneOf(value, allowed, location) {
    if (typeof value === "string" && allowed.includes(value))
        return value;
    throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, `expected one of ${allowed.join(", ")}; got ${String(value)}`);
}
/** Ranges over a whole paragraph (its content; the stand-in does not model the paragraph mark). */
function paragraphSpan(p) {
    return { start: { para: p, offset: 0 }, end: { para: p, offset: p.text.length } };
}
// ---------------------------------------------------------------------------------------------------------------
// Word.Document — https://learn.microsoft.com/javascript/api/word/word.document
// ---------------------------------------------------------------------------------------------------------------
class StandinDocument extends StandinObject {
    constructor() {
        super(...arguments);
        this._schema = DOCUMENT_SCHEMA;
    }
    get body() {
        return this._nav("body", () => new StandinBody(this.context, () => this._model.mainBody()));
    }
    /** WordApi 1.4; writable. */
    get changeTrackingMode() {
        return this._get("changeTrackingMode");
    }
    set changeTrackingMode(value) {
        this._set("changeTrackingMode", value, (model, location) => {
            const mode = assertOneOf(value, ["Off", "TrackAll", "TrackMineOnly"], location);
            this.context._assertWritable([], location);
            model.changeTrackingMode = mode;
        });
    }
    /** The user's selection (or caret) as a Range, read when the batch reaches this call. */
    getSelection() {
        this._gate("1.1", "getSelection");
        const range = new StandinRange(this.context, () => {
            const sel = this._model.selection;
            return this.context._trackRange(sel.start, sel.end);
        });
        return this._bindAtSync("Document.getSelection", range);
    }
    _navByName(name) {
        if (name === "body")
            return this.body;
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", `Document.${name}`);
    }
    _readScalar(name, model) {
        if (name === "changeTrackingMode")
            return model.changeTrackingMode;
        return undefined;
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Word.Body — https://learn.microsoft.com/javascript/api/word/word.body
// ---------------------------------------------------------------------------------------------------------------
class StandinBody extends StandinObject {
    constructor() {
        super(...arguments);
        this._schema = BODY_SCHEMA;
    }
    get paragraphs() {
        return this._nav("paragraphs", () => new StandinParagraphCollection(this.context, () => {
            const body = this._resolve();
            return body === null ? null : this._model.bodyParagraphs(body);
        }));
    }
    /** WordApi 1.3: the body around this one (a table cell's body is inside the main body); ItemNotFound if none. */
    get parentBody() {
        return this._nav("parentBody", () => new StandinBody(this.context, () => this._outerBody("Body.parentBody", false)));
    }
    /** WordApi 1.3: as parentBody, but a null object for the main document, headers, footers and notes. */
    get parentBodyOrNullObject() {
        return this._nav("parentBodyOrNullObject", () => new StandinBody(this.context, () => this._outerBody("Body.parentBodyOrNullObject", true), true));
    }
    _outerBody(location, nullable) {
        const body = this._resolve();
        // The stand-in's tables sit in the main document only (TableCell paragraphs belong to the main story).
        if (body?.type === "TableCell")
            return this._model.mainBody();
        if (nullable || body === null)
            return null;
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, "this body has no parent body");
    }
    get text() {
        return this._get("text");
    }
    /** WordApi 1.3: "MainDoc", "Header", "Footer", "TableCell", … (Word.BodyType). */
    get type() {
        return this._get("type");
    }
    /** WordApi 1.3. "Whole" (default), "Start", "End" or "Content"; "After" is not modelled. */
    getRange(rangeLocation = "Whole") {
        this._gate("1.3", "getRange");
        const location = "Body.getRange";
        const range = new StandinRange(this.context, () => {
            const paras = this._model.bodyParagraphs(this._refOrThrow(location));
            const first = paras[0];
            const last = paras[paras.length - 1];
            if (!first || !last)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, "the body has no paragraphs");
            const start = { para: first, offset: 0 };
            const end = { para: last, offset: last.text.length };
            return spanFor(this.context, start, end, rangeLocation, location);
        });
        return this._bindAtSync(location, range);
    }
    /**
     * "Start" or "End". A body-level insert gets Normal style and no list (practitioner reports: only
     * Paragraph.insertParagraph carries the neighbour's formatting).
     */
    insertParagraph(paragraphText, insertLocation) {
        this._gate("1.1", "insertParagraph");
        const location = "Body.insertParagraph";
        let created = null;
        const paragraph = new StandinParagraph(this.context, () => created);
        this.context._enqueue(location, "write", () => {
            const where = assertOneOf(insertLocation, ["Start", "End"], location);
            const body = this._refOrThrow(location);
            this.context._assertWritable([], location);
            created = this._model.insertParagraphInBody(body, where, paragraphText)[0] ?? null;
            paragraph._resolve();
        });
        return paragraph;
    }
    _navByName(name) {
        if (name === "paragraphs")
            return this.paragraphs;
        if (name === "parentBody")
            return this.parentBody;
        if (name === "parentBodyOrNullObject")
            return this.parentBodyOrNullObject;
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", `Body.${name}`);
    }
    _readScalar(name, body) {
        if (name === "type")
            return body.type;
        if (name === "text") {
            return this._model
                .bodyParagraphs(body)
                .map((p) => p.text)
                .join("\r");
        }
        return undefined;
    }
}
/** Applies a Word.RangeLocation to a span: Whole/Content keep it, Start/End collapse it. */
function spanFor(context, start, end, rangeLocation, location) {
    switch (rangeLocation) {
        case "Whole":
        case "Content":
            return context._trackRange(start, end);
        case "Start":
            return context._trackRange(start, start);
        case "End":
            return context._trackRange(end, end);
        case "After":
        case "Before":
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("NotImplemented", location, `the stand-in does not model getRange("${rangeLocation}")`);
        default:
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, `unknown range location ${rangeLocation}`);
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Word.ParagraphCollection — https://learn.microsoft.com/javascript/api/word/word.paragraphcollection
// ---------------------------------------------------------------------------------------------------------------
class StandinParagraphCollection extends StandinObject {
    constructor(context, _source) {
        super(context, _source);
        this._source = _source;
        this._schema = PARAGRAPHS_SCHEMA;
        this._items = null;
        this._handles = new Map();
    }
    /** A collection is a live query: it is evaluated each time a step uses it. */
    _resolve() {
        return this._source();
    }
    /** The items captured by the last load + sync. */
    get items() {
        if (!this._items)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.propertyNotLoaded)("items", "ParagraphCollection.items");
        return this._items;
    }
    _capture(tree) {
        const all = this._resolve() ?? [];
        const from = tree.skip ?? 0;
        const list = all.slice(from, tree.top === undefined ? undefined : from + tree.top);
        const itemTree = tree.children.get("items");
        // Loading the same collection again reuses the handles of paragraphs already in it, so loads accumulate.
        this._items = list.map((p) => {
            let item = this._handles.get(p);
            if (!item) {
                item = new StandinParagraph(this.context, () => p);
                this._handles.set(p, item);
            }
            if (itemTree)
                item._capture(itemTree);
            return item;
        });
    }
    /** WordApi 1.3; ItemNotFound at sync when the collection is empty. */
    getFirst() {
        return this._pick("getFirst", (list) => list[0], false);
    }
    getLast() {
        return this._pick("getLast", (list) => list[list.length - 1], false);
    }
    getFirstOrNullObject() {
        return this._pick("getFirstOrNullObject", (list) => list[0], true);
    }
    getLastOrNullObject() {
        return this._pick("getLastOrNullObject", (list) => list[list.length - 1], true);
    }
    _pick(member, choose, nullable) {
        this._gate("1.3", member);
        const location = `ParagraphCollection.${member}`;
        const paragraph = new StandinParagraph(this.context, () => {
            const list = this._resolve();
            const found = list ? choose(list) : undefined;
            if (found)
                return found;
            if (nullable)
                return null;
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, "the collection is empty");
        }, nullable);
        return this._bindAtSync(location, paragraph);
    }
    _navByName(name) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", `ParagraphCollection.${name}`);
    }
    _readScalar() {
        return undefined;
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Word.Paragraph — https://learn.microsoft.com/javascript/api/word/word.paragraph
// ---------------------------------------------------------------------------------------------------------------
class StandinParagraph extends StandinObject {
    constructor() {
        super(...arguments);
        this._schema = PARAGRAPH_SCHEMA;
    }
    _alive(p) {
        return p.alive;
    }
    get text() {
        return this._get("text");
    }
    /** Localized or custom style name; setting it also sets styleBuiltIn and resets the outline level to the style's. */
    get style() {
        return this._get("style");
    }
    set style(value) {
        this._set("style", value, (p, location) => {
            if (typeof value !== "string" || value.trim() === "")
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, "style must be a name");
            this.context._assertWritable([p], location);
            p.style = value;
            p.styleBuiltIn = (0,_model__WEBPACK_IMPORTED_MODULE_1__.builtInFor)(value);
            p.outlineLevelOverride = undefined;
        });
    }
    /** WordApi 1.3: Word.BuiltInStyleName, locale-independent. */
    get styleBuiltIn() {
        return this._get("styleBuiltIn");
    }
    set styleBuiltIn(value) {
        this._set("styleBuiltIn", value, (p, location) => {
            const builtIn = assertOneOf(value, _model__WEBPACK_IMPORTED_MODULE_1__.BUILT_IN_STYLES, location);
            this.context._assertWritable([p], location);
            p.styleBuiltIn = builtIn;
            p.style = (0,_model__WEBPACK_IMPORTED_MODULE_1__.styleNameFor)(builtIn);
            p.outlineLevelOverride = undefined;
        });
    }
    /** 1–9 for outline levels, 10 for body text (see model.outlineLevelOf). */
    get outlineLevel() {
        return this._get("outlineLevel");
    }
    set outlineLevel(value) {
        this._set("outlineLevel", value, (p, location) => {
            if (!Number.isInteger(value) || value < 1 || value > 10)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location);
            this.context._assertWritable([p], location);
            p.outlineLevelOverride = value;
        });
    }
    get alignment() {
        return this._get("alignment");
    }
    set alignment(value) {
        this._set("alignment", value, (p, location) => {
            const alignment = assertOneOf(value, ALIGNMENTS, location);
            this.context._assertWritable([p], location);
            p.alignment = alignment;
        });
    }
    /** Read-only in the stand-in: 36 points per list level, 0 otherwise. */
    get leftIndent() {
        return this._get("leftIndent");
    }
    /** Read-only in the stand-in: -18 (hanging) for list items, 0 otherwise. */
    get firstLineIndent() {
        return this._get("firstLineIndent");
    }
    /** WordApi 1.3. */
    get isListItem() {
        return this._get("isListItem");
    }
    /** WordApi 1.3: last paragraph of its body. */
    get isLastParagraph() {
        return this._get("isLastParagraph");
    }
    /** WordApi 1.3: 0 outside tables. */
    get tableNestingLevel() {
        return this._get("tableNestingLevel");
    }
    /** WordApi 1.6: stable within the stand-in's session. */
    get uniqueLocalId() {
        return this._get("uniqueLocalId");
    }
    get font() {
        return this._nav("font", () => new StandinFont(this.context, () => this._resolve()));
    }
    /** WordApi 1.3; using it on a paragraph outside a list fails at sync with ItemNotFound. */
    get listItem() {
        return this._nav("listItem", () => new StandinListItem(this.context, () => this._listParagraph("Paragraph.listItem", false)));
    }
    get listItemOrNullObject() {
        return this._nav("listItemOrNullObject", () => new StandinListItem(this.context, () => this._listParagraph("Paragraph.listItemOrNullObject", true), true));
    }
    get list() {
        return this._nav("list", () => new StandinList(this.context, () => this._listParagraph("Paragraph.list", false)?.list?.id ?? null));
    }
    get listOrNullObject() {
        return this._nav("listOrNullObject", () => new StandinList(this.context, () => this._listParagraph("Paragraph.listOrNullObject", true)?.list?.id ?? null, true));
    }
    /** WordApi 1.3: the paragraph's body (a TableCell body inside tables). */
    get parentBody() {
        return this._nav("parentBody", () => new StandinBody(this.context, () => this._mapRef((p) => this._model.bodyOf(p))));
    }
    get parentContentControl() {
        return this._nav("parentContentControl", () => new StandinContentControl(this.context, () => this._controlId("Paragraph.parentContentControl", false)));
    }
    /** WordApi 1.3. */
    get parentContentControlOrNullObject() {
        return this._nav("parentContentControlOrNullObject", () => new StandinContentControl(this.context, () => this._controlId("Paragraph.parentContentControlOrNullObject", true), true));
    }
    _mapRef(f) {
        const p = this._resolve();
        return p === null ? null : f(p);
    }
    _listParagraph(location, nullable) {
        const p = this._resolve();
        if (p?.list)
            return p;
        if (nullable || p === null)
            return null;
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, "the paragraph is not a list item");
    }
    _controlId(location, nullable) {
        const p = this._resolve();
        if (p?.contentControl)
            return p.contentControl.id;
        if (nullable || p === null)
            return null;
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, "the paragraph is not in a content control");
    }
    /**
     * WordApi 1.3: the paragraph before this one in its story (table cells included, headers excluded).
     * Stand-in choice, unverified on real Word: called on a null object it yields another null object.
     */
    getPreviousOrNullObject() {
        return this._sibling("getPreviousOrNullObject", -1, true);
    }
    getNextOrNullObject() {
        return this._sibling("getNextOrNullObject", 1, true);
    }
    /** WordApi 1.3; ItemNotFound at sync at the start of the story. */
    getPrevious() {
        return this._sibling("getPrevious", -1, false);
    }
    getNext() {
        return this._sibling("getNext", 1, false);
    }
    _sibling(member, step, nullable) {
        this._gate("1.3", member);
        const location = `Paragraph.${member}`;
        const sibling = new StandinParagraph(this.context, () => {
            const p = this._resolve();
            if (p === null) {
                if (nullable)
                    return null;
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, "the object is a null object");
            }
            const story = this._model.storyParagraphs((0,_model__WEBPACK_IMPORTED_MODULE_1__.storyOf)(p.body));
            const found = story[story.indexOf(p) + step];
            if (found)
                return found;
            if (nullable)
                return null;
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, step < 0 ? "this is the first paragraph" : "this is the last paragraph");
        }, nullable);
        return this._bindAtSync(location, sibling);
    }
    /** WordApi 1.3: "Whole" (default), "Start", "End" or "Content" ("Content" = "Whole": no paragraph mark modelled). */
    getRange(rangeLocation = "Whole") {
        this._gate("1.3", "getRange");
        const location = "Paragraph.getRange";
        const range = new StandinRange(this.context, () => {
            const p = this._resolve();
            if (p === null)
                return null;
            const { start, end } = paragraphSpan(p);
            return spanFor(this.context, start, end, rangeLocation, location);
        });
        return this._bindAtSync(location, range);
    }
    /**
     * "Replace", "Start" or "End": the text joins the paragraph and takes its formatting (style, list, bold).
     * Returns the inserted text's range.
     */
    insertText(text, insertLocation) {
        this._gate("1.1", "insertText");
        const location = "Paragraph.insertText";
        let inserted = null;
        const range = new StandinRange(this.context, () => inserted);
        this.context._enqueue(location, "write", () => {
            const where = assertOneOf(insertLocation, ["Replace", "Start", "End"], location);
            const p = this._refOrThrow(location);
            this.context._assertWritable([p], location);
            if (where === "Replace")
                this._model.deleteRange({ start: { para: p, offset: 0 }, end: { para: p, offset: p.text.length } });
            const at = { para: p, offset: where === "Start" ? 0 : p.text.length };
            const span = this._model.insertTextAt(at, text);
            inserted = this.context._trackRange(span.start, span.end);
            range._resolve();
        });
        return range;
    }
    /**
     * "Before" or "After". The new paragraph inherits this one's style, styleBuiltIn, list id and level, table
     * cell, content control and alignment; it is bold only if this one is all bold (model.inheritedProps).
     * quirks.insertParagraphDropsList simulates Word not carrying the list over.
     */
    insertParagraph(paragraphText, insertLocation) {
        this._gate("1.1", "insertParagraph");
        const location = "Paragraph.insertParagraph";
        let created = null;
        const paragraph = new StandinParagraph(this.context, () => created);
        this.context._enqueue(location, "write", () => {
            const where = assertOneOf(insertLocation, ["Before", "After"], location);
            const p = this._refOrThrow(location);
            this.context._assertWritable([p], location);
            const keepList = !this._model.quirks.insertParagraphDropsList;
            created = this._model.insertParagraphsNextTo(p, where, paragraphText, keepList)[0] ?? null;
            paragraph._resolve();
        });
        return paragraph;
    }
    /**
     * WordApi 1.3. Fails with GeneralException if the paragraph is already a list item (documented "fails";
     * code per office-js#2307 for startNewList), InvalidArgument for an unknown list id or a level outside 0–8.
     * The paragraph keeps its style.
     */
    attachToList(listId, level) {
        this._gate("1.3", "attachToList");
        const location = "Paragraph.attachToList";
        const list = new StandinList(this.context, () => listId);
        this.context._enqueue(location, "write", () => {
            const p = this._refOrThrow(location);
            if (p.list)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("GeneralException", location, "the paragraph is already a list item");
            if (!this._model.listIds().has(listId))
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, `there is no list ${listId}`);
            if (!Number.isInteger(level) || level < 0 || level > 8)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, "level must be 0–8");
            this.context._assertWritable([p], location);
            p.list = { id: listId, level, bullet: this._model.isBulletList(listId) };
            list._resolve();
        });
        return list;
    }
    /** WordApi 1.3. Stand-in choice: a no-op on a paragraph that is not a list item; the style is kept. */
    detachFromList() {
        this._gate("1.3", "detachFromList");
        const location = "Paragraph.detachFromList";
        this.context._enqueue(location, "write", () => {
            const p = this._refOrThrow(location);
            this.context._assertWritable([p], location);
            p.list = undefined;
        });
    }
    /** WordApi 1.3. GeneralException if already a list item (office-js#2307); the new list is bulleted. */
    startNewList() {
        this._gate("1.3", "startNewList");
        const location = "Paragraph.startNewList";
        let id = null;
        const list = new StandinList(this.context, () => id);
        this.context._enqueue(location, "write", () => {
            const p = this._refOrThrow(location);
            if (p.list)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("GeneralException", location, "the paragraph is already a list item");
            this.context._assertWritable([p], location);
            id = Math.max(0, ...this._model.listIds()) + 1;
            p.list = { id, level: 0, bullet: true };
            list._resolve();
        });
        return list;
    }
    /** Moves the selection: "Select" (default) the paragraph, or a caret at its "Start"/"End". */
    select(selectionMode = "Select") {
        this._gate("1.1", "select");
        const location = "Paragraph.select";
        this.context._enqueue(location, "select", () => {
            const mode = assertOneOf(selectionMode, ["Select", "Start", "End"], location);
            const { start, end } = paragraphSpan(this._refOrThrow(location));
            this._model.setSelectionRange(mode === "End" ? end : start, mode === "Start" ? start : end);
        });
    }
    /** Deletes the paragraph (AccessDenied inside a cannotDelete or cannotEdit content control). */
    delete() {
        this._gate("1.1", "delete");
        const location = "Paragraph.delete";
        this.context._enqueue(location, "write", () => {
            const p = this._refOrThrow(location);
            this.context._assertWritable([p], location, true);
            this._model.deleteParagraph(p);
        });
    }
    _navByName(name) {
        switch (name) {
            case "font":
                return this.font;
            case "listItem":
                return this.listItem;
            case "listItemOrNullObject":
                return this.listItemOrNullObject;
            case "list":
                return this.list;
            case "listOrNullObject":
                return this.listOrNullObject;
            case "parentBody":
                return this.parentBody;
            case "parentContentControl":
                return this.parentContentControl;
            case "parentContentControlOrNullObject":
                return this.parentContentControlOrNullObject;
            default:
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", `Paragraph.${name}`);
        }
    }
    _readScalar(name, p) {
        const model = this._model;
        switch (name) {
            case "text":
                return p.text;
            case "style":
                return p.style;
            case "styleBuiltIn":
                return p.styleBuiltIn;
            case "outlineLevel":
                return (0,_model__WEBPACK_IMPORTED_MODULE_1__.outlineLevelOf)(p);
            case "alignment":
                return p.alignment;
            case "leftIndent":
                return p.list ? 36 * (p.list.level + 1) : 0;
            case "firstLineIndent":
                return p.list ? -18 : 0;
            case "isListItem":
                return p.list !== undefined;
            case "isLastParagraph": {
                const siblings = model.bodyParagraphs(model.bodyOf(p));
                return siblings[siblings.length - 1] === p;
            }
            case "tableNestingLevel":
                return p.tableNestingLevel;
            case "uniqueLocalId":
                return `00000000-0000-4000-8000-${p.uid.toString(16).padStart(12, "0")}`;
            default:
                return undefined;
        }
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Word.Font — https://learn.microsoft.com/javascript/api/word/word.font (paragraph fonts only)
// ---------------------------------------------------------------------------------------------------------------
class StandinFont extends StandinObject {
    constructor() {
        super(...arguments);
        this._schema = FONT_SCHEMA;
    }
    _alive(p) {
        return p.alive;
    }
    /** true, false, or null when the text is partly bold. */
    get bold() {
        return this._get("bold");
    }
    set bold(value) {
        this._set("bold", value, (p, location) => {
            if (typeof value !== "boolean")
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, "bold must be true or false");
            this.context._assertWritable([p], location);
            p.bold = value;
        });
    }
    /** Always false: the stand-in does not model italics. */
    get italic() {
        return this._get("italic");
    }
    get name() {
        return this._get("name");
    }
    get size() {
        return this._get("size");
    }
    _navByName(name) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", `Font.${name}`);
    }
    _readScalar(name, p) {
        switch (name) {
            case "bold":
                return p.bold === "mixed" ? null : p.bold;
            case "italic":
                return false;
            case "name":
                return /^(Heading\d|Title)$/.test(p.styleBuiltIn) ? "Aptos Display" : "Aptos";
            case "size": {
                const sizes = { Title: 28, Heading1: 16, Heading2: 14, Heading3: 12 };
                return sizes[p.styleBuiltIn] ?? 11;
            }
            default:
                return undefined;
        }
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Word.ListItem / Word.List — https://learn.microsoft.com/javascript/api/word/word.listitem, …/word.list
// ---------------------------------------------------------------------------------------------------------------
class StandinListItem extends StandinObject {
    constructor() {
        super(...arguments);
        this._schema = LIST_ITEM_SCHEMA;
    }
    _alive(p) {
        return p.alive && p.list !== undefined;
    }
    /** 0-based level. */
    get level() {
        return this._get("level");
    }
    set level(value) {
        this._set("level", value, (p, location) => {
            if (!Number.isInteger(value) || value < 0 || value > 8)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, "level must be 0–8");
            this.context._assertWritable([p], location);
            if (p.list)
                p.list.level = value;
        });
    }
    /** The marker Word shows, e.g. "1." or "•" (not part of Paragraph.text). */
    get listString() {
        return this._get("listString");
    }
    _navByName(name) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", `ListItem.${name}`);
    }
    _readScalar(name, p) {
        if (name === "level")
            return p.list?.level;
        if (name === "listString")
            return (0,_model__WEBPACK_IMPORTED_MODULE_1__.listStringAt)(this._model.paragraphs, this._model.indexOf(p));
        return undefined;
    }
}
class StandinList extends StandinObject {
    constructor() {
        super(...arguments);
        this._schema = LIST_SCHEMA;
    }
    get id() {
        return this._get("id");
    }
    /** Nine entries ("Bullet" or "Number"), one per level. */
    get levelTypes() {
        return this._get("levelTypes");
    }
    /**
     * WordApi 1.3. "Start"/"End": a new item before the first / after the last item, copying that item (its
     * level included: stand-in assumption, Word's choice of level is undocumented). "Before"/"After": a plain
     * paragraph outside the list (office-js-snippets 20-lists/insert-list), with the neighbour's style.
     */
    insertParagraph(paragraphText, insertLocation) {
        this._gate("1.3", "insertParagraph");
        const location = "List.insertParagraph";
        let created = null;
        const paragraph = new StandinParagraph(this.context, () => created);
        this.context._enqueue(location, "write", () => {
            const where = assertOneOf(insertLocation, ["Start", "End", "Before", "After"], location);
            const id = this._refOrThrow(location);
            const items = this._model.paragraphs.filter((p) => p.list?.id === id);
            const anchor = where === "Start" || where === "Before" ? items[0] : items[items.length - 1];
            if (!anchor)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, `list ${id} has no paragraphs`);
            this.context._assertWritable([anchor], location);
            const side = where === "Start" || where === "Before" ? "Before" : "After";
            created = this._model.insertParagraphsNextTo(anchor, side, paragraphText, where === "Start" || where === "End")[0] ?? null;
            paragraph._resolve();
        });
        return paragraph;
    }
    /**
     * WordApi 1.3. The stand-in keeps one bullet/number kind per list, so any level's bullet makes the whole
     * list bulleted; the bullet glyph itself is not modelled.
     */
    setLevelBullet(level, _listBullet, _charCode, _fontName) {
        this._gate("1.3", "setLevelBullet");
        const location = "List.setLevelBullet";
        this.context._enqueue(location, "write", () => {
            const id = this._refOrThrow(location);
            if (!Number.isInteger(level) || level < 0 || level > 8)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", location, "level must be 0–8");
            const items = this._model.paragraphs.filter((p) => p.list?.id === id);
            this.context._assertWritable(items, location);
            for (const p of items)
                if (p.list)
                    p.list.bullet = true;
        });
    }
    _navByName(name) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", `List.${name}`);
    }
    _readScalar(name, id) {
        if (name === "id")
            return id;
        if (name === "levelTypes")
            return Array.from({ length: 9 }, () => (this._model.isBulletList(id) ? "Bullet" : "Number"));
        return undefined;
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Word.ContentControl — https://learn.microsoft.com/javascript/api/word/word.contentcontrol
// ---------------------------------------------------------------------------------------------------------------
class StandinContentControl extends StandinObject {
    constructor() {
        super(...arguments);
        this._schema = CONTENT_CONTROL_SCHEMA;
    }
    _alive(id) {
        return this._model.contentControlParagraphs(id).length > 0;
    }
    get id() {
        return this._get("id");
    }
    get cannotEdit() {
        return this._get("cannotEdit");
    }
    get cannotDelete() {
        return this._get("cannotDelete");
    }
    /** Word.ContentControlType, e.g. "RichText". */
    get type() {
        return this._get("type");
    }
    get title() {
        return this._get("title");
    }
    get tag() {
        return this._get("tag");
    }
    get text() {
        return this._get("text");
    }
    _navByName(name) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", `ContentControl.${name}`);
    }
    _readScalar(name, id) {
        const paras = this._model.contentControlParagraphs(id);
        const spec = paras[0]?.contentControl;
        switch (name) {
            case "id":
                return id;
            case "cannotEdit":
                return spec?.cannotEdit ?? false;
            case "cannotDelete":
                return spec?.cannotDelete ?? false;
            case "type":
                return spec?.type ?? "RichText";
            case "title":
                return spec?.title ?? "";
            case "tag":
                return spec?.tag ?? "";
            case "text":
                return paras.map((p) => p.text).join("\r");
            default:
                return undefined;
        }
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Word.Range — https://learn.microsoft.com/javascript/api/word/word.range
// ---------------------------------------------------------------------------------------------------------------
class StandinRange extends StandinObject {
    constructor() {
        super(...arguments);
        this._schema = RANGE_SCHEMA;
    }
    get text() {
        return this._get("text");
    }
    /** WordApi 1.3: the range has no characters (a caret). */
    get isEmpty() {
        return this._get("isEmpty");
    }
    /** The paragraphs the range touches, whole. */
    get paragraphs() {
        return this._nav("paragraphs", () => new StandinParagraphCollection(this.context, () => {
            const r = this._resolve();
            return r === null ? null : this._model.rangeParagraphs(r);
        }));
    }
    /** WordApi 1.3: the body holding the range; a range spanning a table cell and text outside it gets the main body. */
    get parentBody() {
        return this._nav("parentBody", () => new StandinBody(this.context, () => {
            const r = this._resolve();
            if (r === null)
                return null;
            const a = this._model.bodyOf(r.start.para);
            const b = this._model.bodyOf(r.end.para);
            return this._model.sameBody(a, b) ? a : a.story === "Main" ? this._model.mainBody() : a;
        }));
    }
    get parentContentControl() {
        return this._nav("parentContentControl", () => new StandinContentControl(this.context, () => this._controlId("Range.parentContentControl", false)));
    }
    /** WordApi 1.3: the content control containing the whole range, else a null object. */
    get parentContentControlOrNullObject() {
        return this._nav("parentContentControlOrNullObject", () => new StandinContentControl(this.context, () => this._controlId("Range.parentContentControlOrNullObject", true), true));
    }
    _controlId(location, nullable) {
        const r = this._resolve();
        if (r !== null) {
            const ids = new Set(this._model.rangeParagraphs(r).map((p) => p.contentControl?.id));
            const [only] = [...ids];
            if (ids.size === 1 && only !== undefined)
                return only;
        }
        if (nullable || r === null)
            return null;
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, "the range is not inside a content control");
    }
    _alive(r) {
        return r.start.para.alive && r.end.para.alive;
    }
    /** WordApi 1.3: "Whole" (default), "Start", "End" or "Content". */
    getRange(rangeLocation = "Whole") {
        this._gate("1.3", "getRange");
        const location = "Range.getRange";
        const range = new StandinRange(this.context, () => {
            const r = this._resolve();
            return r === null ? null : spanFor(this.context, r.start, r.end, rangeLocation, location);
        });
        return this._bindAtSync(location, range);
    }
    /** WordApi 1.3: the span covering both ranges; ItemNotFound when they are in different stories (no union). */
    expandTo(range) {
        return this._expand("expandTo", range, false);
    }
    expandToOrNullObject(range) {
        return this._expand("expandToOrNullObject", range, true);
    }
    _expand(member, other, nullable) {
        this._gate("1.3", member);
        const location = `Range.${member}`;
        this.context._assertSameContext(other, location);
        const union = new StandinRange(this.context, () => {
            const a = this._resolve();
            const b = other._resolve();
            if (a && b && this._model.sameStory(a.start, b.start)) {
                const start = this._model.comparePos(a.start, b.start) <= 0 ? a.start : b.start;
                const end = this._model.comparePos(a.end, b.end) >= 0 ? a.end : b.end;
                return this.context._trackRange(start, end);
            }
            if (nullable)
                return null;
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("ItemNotFound", location, "the two ranges don't have a union");
        }, nullable);
        return this._bindAtSync(location, union);
    }
    /** WordApi 1.3: Word.LocationRelation of this range to `range`, e.g. "Before", "InsideStart", "Unrelated". */
    compareLocationWith(range) {
        this._gate("1.3", "compareLocationWith");
        const location = "Range.compareLocationWith";
        this.context._assertSameContext(range, location);
        const result = new StandinClientResult();
        this.context._enqueue(location, "read", () => {
            result._set(relation(this._model, this._refOrThrow(location), range._refOrThrow(location)));
        });
        return result;
    }
    /**
     * "Replace", "Start", "End", "Before" or "After"; returns the inserted text's range. Replacing a range that
     * spans paragraphs merges them into the first, whose properties survive. "Start"/"End"/"Replace" leave this
     * range covering the new text; "Before"/"After" leave it outside. The user's caret stays where it was.
     */
    insertText(text, insertLocation) {
        this._gate("1.1", "insertText");
        const location = "Range.insertText";
        let inserted = null;
        const result = new StandinRange(this.context, () => inserted);
        this.context._enqueue(location, "write", () => {
            const where = assertOneOf(insertLocation, ["Replace", "Start", "End", "Before", "After"], location);
            const r = this._refOrThrow(location);
            this.context._assertWritable(this._model.rangeParagraphs(r), location);
            const model = this._model;
            let span;
            if (where === "Replace") {
                model.deleteRange(r);
                span = model.insertTextAt(r.start, text, new Set([r.end]));
            }
            else if (where === "Start")
                span = model.insertTextAt(r.start, text, r.end.para === r.start.para && r.end.offset === r.start.offset ? new Set([r.end]) : new Set());
            else if (where === "End")
                span = model.insertTextAt(r.end, text, new Set([r.end]));
            else if (where === "Before")
                span = model.insertTextAt(r.start, text, new Set([r.start, r.end]));
            else
                span = model.insertTextAt(r.end, text);
            inserted = this.context._trackRange(span.start, span.end);
            result._resolve();
        });
        return result;
    }
    /**
     * "Before" or "After": a paragraph before the range's first paragraph or after its last one, inheriting from
     * it as Paragraph.insertParagraph does. Word's behaviour for a caret mid-paragraph is undocumented; the
     * stand-in never splits the paragraph.
     */
    insertParagraph(paragraphText, insertLocation) {
        this._gate("1.1", "insertParagraph");
        const location = "Range.insertParagraph";
        let created = null;
        const paragraph = new StandinParagraph(this.context, () => created);
        this.context._enqueue(location, "write", () => {
            const where = assertOneOf(insertLocation, ["Before", "After"], location);
            const r = this._refOrThrow(location);
            const anchor = where === "Before" ? r.start.para : r.end.para;
            this.context._assertWritable([anchor], location);
            const keepList = !this._model.quirks.insertParagraphDropsList;
            created = this._model.insertParagraphsNextTo(anchor, where, paragraphText, keepList)[0] ?? null;
            paragraph._resolve();
        });
        return paragraph;
    }
    /** Moves the selection to the range ("Select", default) or a caret at its "Start"/"End". */
    select(selectionMode = "Select") {
        this._gate("1.1", "select");
        const location = "Range.select";
        this.context._enqueue(location, "select", () => {
            const mode = assertOneOf(selectionMode, ["Select", "Start", "End"], location);
            const r = this._refOrThrow(location);
            this._model.setSelectionRange(mode === "End" ? r.end : r.start, mode === "Start" ? r.start : r.end);
        });
    }
    /** Deletes the range's text (merging paragraphs it spans). */
    delete() {
        this._gate("1.1", "delete");
        const location = "Range.delete";
        this.context._enqueue(location, "write", () => {
            const r = this._refOrThrow(location);
            this.context._assertWritable(this._model.rangeParagraphs(r), location, true);
            this._model.deleteRange(r);
        });
    }
    _navByName(name) {
        switch (name) {
            case "paragraphs":
                return this.paragraphs;
            case "parentBody":
                return this.parentBody;
            case "parentContentControl":
                return this.parentContentControl;
            case "parentContentControlOrNullObject":
                return this.parentContentControlOrNullObject;
            default:
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", `Range.${name}`);
        }
    }
    _readScalar(name, r) {
        if (name === "text")
            return this._model.rangeText(r);
        if (name === "isEmpty")
            return r.start.para === r.end.para && r.start.offset === r.end.offset;
        return undefined;
    }
}
/** Word.LocationRelation of a to b (documented meanings in the LocationRelation enum). */
function relation(model, a, b) {
    if (!model.sameStory(a.start, b.start))
        return "Unrelated";
    const ss = model.comparePos(a.start, b.start);
    const ee = model.comparePos(a.end, b.end);
    if (ss === 0 && ee === 0)
        return "Equal";
    if (ss <= 0 && ee >= 0)
        return ss === 0 ? "ContainsStart" : ee === 0 ? "ContainsEnd" : "Contains";
    if (ss >= 0 && ee <= 0)
        return ss === 0 ? "InsideStart" : ee === 0 ? "InsideEnd" : "Inside";
    const endVsStart = model.comparePos(a.end, b.start);
    if (endVsStart <= 0)
        return endVsStart === 0 ? "AdjacentBefore" : "Before";
    const startVsEnd = model.comparePos(a.start, b.end);
    if (startVsEnd >= 0)
        return startVsEnd === 0 ? "AdjacentAfter" : "After";
    return ss < 0 ? "OverlapsBefore" : "OverlapsAfter";
}
// ---------------------------------------------------------------------------------------------------------------
// Word.RequestContext — https://learn.microsoft.com/javascript/api/word/word.requestcontext
// ---------------------------------------------------------------------------------------------------------------
class StandinRequestContext {
    constructor(_runtime) {
        this._runtime = _runtime;
        /** Accepted for compatibility; the stand-in tracks every range anyway. */
        this.trackedObjects = { add: (_objects) => undefined, remove: (_objects) => undefined };
        this._queue = [];
        this._objects = [];
        this._positions = [];
        this._disposed = false;
        this.document = new StandinDocument(this, () => _runtime.model);
    }
    /** context.load(object, properties): same as object.load(properties). */
    load(object, option) {
        return object.load(option);
    }
    /** Runs the queued steps in order; see the module comment for the failure semantics. */
    async sync(passThroughValue) {
        const steps = this._queue;
        this._queue = [];
        const n = this._runtime.beginSync();
        await this._runtime.roundTrip();
        const operations = [];
        let error;
        let wrote = false;
        let selected = false;
        for (const step of steps) {
            operations.push(step.label);
            try {
                step.run();
            }
            catch (e) {
                error = e instanceof _errors__WEBPACK_IMPORTED_MODULE_0__.StandinOfficeError ? e : (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("GeneralException", step.label, e instanceof Error ? e.message : String(e));
                break;
            }
            wrote || (wrote = step.kind === "write");
            selected || (selected = step.kind === "select");
        }
        for (const object of this._objects)
            object._afterSync(error === undefined);
        this._runtime.endSync({ sync: n, operations, ...(error ? { error: error.code } : {}) }, { wrote, selected });
        if (error)
            throw error;
        return passThroughValue;
    }
    /** True when steps are waiting for a sync (Word.run flushes them at the end of the batch). */
    get _hasPendingSteps() {
        return this._queue.length > 0;
    }
    _enqueue(label, kind, run) {
        if (this._disposed)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidRequestContext", label, "the Word.run batch that owns this object has finished");
        this._queue.push({ label, kind, run });
    }
    _register(object) {
        this._objects.push(object);
    }
    _assertSameContext(object, location) {
        if (object.context !== this)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidRequestContext", location);
    }
    /** A range whose ends follow later edits; released when the Word.run ends. */
    _trackRange(start, end) {
        const r = this._runtime.model.trackRange(start, end);
        this._positions.push(r.start, r.end);
        return r;
    }
    /**
     * Write checks. Read-only (Viewing mode): GeneralException, what Word reports (office-js#5484). A cannotEdit
     * content control: quirks.lockedContentControlError, default AccessDenied; Word's code is undocumented and
     * our code pre-checks cannotEdit. Deleting inside a cannotDelete control: AccessDenied.
     */
    _assertWritable(paragraphs, location, deleting = false) {
        const model = this._runtime.model;
        if (model.readOnly)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("GeneralException", location, "the document is read-only");
        for (const p of paragraphs) {
            const control = p.contentControl;
            if (control?.cannotEdit) {
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)(model.quirks.lockedContentControlError ?? "AccessDenied", location, `content control ${control.id} cannot be edited`);
            }
            if (deleting && control?.cannotDelete)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("AccessDenied", location, `content control ${control.id} cannot be deleted`);
        }
    }
    _dispose() {
        this._disposed = true;
        for (const pos of this._positions)
            this._runtime.model.untrack(pos);
        this._positions.length = 0;
    }
}


/***/ },

/***/ "./src/word/standin/errors.ts"
/*!************************************!*\
  !*** ./src/word/standin/errors.ts ***!
  \************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BARE_LOAD_MESSAGE: () => (/* binding */ BARE_LOAD_MESSAGE),
/* harmony export */   ExtensionErrorCodes: () => (/* binding */ ExtensionErrorCodes),
/* harmony export */   StandinOfficeError: () => (/* binding */ StandinOfficeError),
/* harmony export */   WordErrorCodes: () => (/* binding */ WordErrorCodes),
/* harmony export */   officeError: () => (/* binding */ officeError),
/* harmony export */   propertyNotLoaded: () => (/* binding */ propertyNotLoaded)
/* harmony export */ });
/**
 * The stand-in's OfficeExtension.Error and error codes.
 * Shape per https://learn.microsoft.com/javascript/api/office/officeextension.error and
 * https://learn.microsoft.com/javascript/api/office/officeextension.errorcodes; Word's own codes per
 * https://learn.microsoft.com/javascript/api/word/word.errorcodes. Messages paraphrase Office's English ones;
 * callers must branch on `code`, never on `message` (which Office localizes).
 */
/** Word.ErrorCodes values. */
const WordErrorCodes = {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    itemNotFound: "ItemNotFound",
    notAllowed: "NotAllowed",
    notImplemented: "NotImplemented",
    searchDialogIsOpen: "SearchDialogIsOpen",
    searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
};
/** OfficeExtension.ErrorCodes: a class with static members, as in the typings. */
class ExtensionErrorCodes {
}
ExtensionErrorCodes.accessDenied = "AccessDenied";
ExtensionErrorCodes.generalException = "GeneralException";
ExtensionErrorCodes.activityLimitReached = "ActivityLimitReached";
ExtensionErrorCodes.invalidObjectPath = "InvalidObjectPath";
ExtensionErrorCodes.propertyNotLoaded = "PropertyNotLoaded";
ExtensionErrorCodes.valueNotLoaded = "ValueNotLoaded";
ExtensionErrorCodes.invalidRequestContext = "InvalidRequestContext";
ExtensionErrorCodes.invalidArgument = "InvalidArgument";
ExtensionErrorCodes.runMustReturnPromise = "RunMustReturnPromise";
ExtensionErrorCodes.cannotRegisterEvent = "CannotRegisterEvent";
ExtensionErrorCodes.apiNotFound = "ApiNotFound";
ExtensionErrorCodes.connectionFailure = "ConnectionFailure";
/** OfficeExtension.Error. `name` is "RichApi.Error" as office.js reports it. */
class StandinOfficeError extends Error {
    constructor(code, message, errorLocation) {
        super(message);
        this.name = "RichApi.Error";
        this.traceMessages = [];
        this.innerError = null;
        this.code = code;
        this.debugInfo = { code, message, errorLocation };
    }
}
const MESSAGES = {
    AccessDenied: "You cannot perform the requested operation.",
    GeneralException: "There was an internal error while processing the request.",
    InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
    ItemNotFound: "The requested resource doesn't exist.",
    NotImplemented: "The requested feature isn't implemented.",
    ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Word. See Word JavaScript API requirement sets for more information.",
    ValueNotLoaded: 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
    InvalidRequestContext: "Cannot use the object across different request contexts.",
    RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
};
/** Creates an error with Office's usual message for `code`, optionally followed by a stand-in detail. */
function officeError(code, errorLocation, detail) {
    const base = MESSAGES[code] ?? code;
    return new StandinOfficeError(code, detail ? `${base} (${detail})` : base, errorLocation);
}
function propertyNotLoaded(property, errorLocation, detail) {
    const message = `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
        `containing object and call "context.sync()" on the associated request context.` +
        (detail ? ` (${detail})` : "");
    return new StandinOfficeError("PropertyNotLoaded", message, errorLocation);
}
/** The stand-in refuses a bare load(); see the note on #6132 in the team's Word API notes. */
const BARE_LOAD_MESSAGE = "load() without a property list is not allowed in this add-in: it pulls focus out of the pane in Word on the web";


/***/ },

/***/ "./src/word/standin/index.ts"
/*!***********************************!*\
  !*** ./src/word/standin/index.ts ***!
  \***********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   StandinOfficeError: () => (/* reexport safe */ _errors__WEBPACK_IMPORTED_MODULE_0__.StandinOfficeError),
/* harmony export */   createStandin: () => (/* binding */ createStandin),
/* harmony export */   installStandin: () => (/* binding */ installStandin),
/* harmony export */   listStringAt: () => (/* reexport safe */ _model__WEBPACK_IMPORTED_MODULE_1__.listStringAt),
/* harmony export */   officeGlobals: () => (/* binding */ officeGlobals),
/* harmony export */   uninstallStandin: () => (/* binding */ uninstallStandin)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./errors */ "./src/word/standin/errors.ts");
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./model */ "./src/word/standin/model.ts");
/* harmony import */ var _office__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./office */ "./src/word/standin/office.ts");
/* harmony import */ var _api__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./api */ "./src/word/standin/api.ts");
/**
 * An in-memory stand-in for the Word JavaScript API subset this add-in uses, faithful to Office's batching,
 * load/sync, null-object, error and requirement-set rules. Used by unit tests (pass a context from
 * `standin.run`), by the e2e suite (browser.ts replaces office.js) and by the preview page.
 *
 *   const standin = createStandin({ paragraphs: [{ text: "Introduction", styleBuiltIn: "Heading1" }] });
 *   const text = await standin.run(async (ctx) => { const p = ctx.document.getSelection().paragraphs.getFirst();
 *     p.load("text"); await ctx.sync(); return p.text; });
 */







/** Word enums are string-valued objects keyed by the camel-cased value ("heading1" → "Heading1"). */
function stringEnum(values) {
    return Object.fromEntries(values.map((v) => [v.charAt(0).toLowerCase() + v.slice(1), v]));
}
const MAX_LOG = 500;
class Runtime {
    constructor(spec, options) {
        this.options = options;
        this.selectionHandlers = new Set();
        this.syncCount = 0;
        this.log = [];
        this.model = new _model__WEBPACK_IMPORTED_MODULE_1__.StandinModel(spec);
    }
    beginSync() {
        this.syncCount += 1;
        return this.syncCount;
    }
    roundTrip() {
        const ms = this.options.syncDelayMs ?? 0;
        return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
    }
    endSync(entry, effects) {
        this.log.push(entry);
        if (this.log.length > MAX_LOG)
            this.log.splice(0, this.log.length - MAX_LOG);
        if (effects.wrote)
            this.model.notify("document");
        if (effects.selected)
            this.selectionMoved();
        this.model.notify("sync");
    }
    /** Like Word, handlers learn of the move asynchronously and get no selection data. */
    selectionMoved() {
        this.model.notify("selection");
        setTimeout(() => {
            for (const handler of [...this.selectionHandlers]) {
                try {
                    handler({ type: "documentSelectionChanged", document: this.office.context.document });
                }
                catch (e) {
                    console.error("DocumentSelectionChanged handler threw", e);
                }
            }
        }, 0);
    }
}
function isThenable(value) {
    return typeof value === "object" && value !== null && typeof value.then === "function";
}
function createWord(runtime) {
    return {
        /**
         * Creates a context, awaits the batch, flushes steps it left queued (office.js syncs once more at the end)
         * and resolves to the batch's result. RunMustReturnPromise if the batch returns no promise.
         */
        async run(batch) {
            if (typeof batch !== "function") {
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", "Word.run", "the stand-in supports only Word.run(batch)");
            }
            const context = new _api__WEBPACK_IMPORTED_MODULE_3__.StandinRequestContext(runtime);
            try {
                const pending = batch(context);
                if (!isThenable(pending))
                    throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("RunMustReturnPromise", "Word.run");
                const result = await pending;
                if (context._hasPendingSteps)
                    await context.sync();
                return result;
            }
            finally {
                context._dispose();
            }
        },
        RequestContext: class {
            constructor() {
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("NotImplemented", "Word.RequestContext", "use Word.run in the stand-in");
            }
        },
        ErrorCodes: _errors__WEBPACK_IMPORTED_MODULE_0__.WordErrorCodes,
        InsertLocation: { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" },
        RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
        SelectionMode: { select: "Select", start: "Start", end: "End" },
        BodyType: { unknown: "Unknown", mainDoc: "MainDoc", section: "Section", header: "Header", footer: "Footer", tableCell: "TableCell", footnote: "Footnote", endnote: "Endnote" },
        ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
        BuiltInStyleName: stringEnum(["Other", ..._model__WEBPACK_IMPORTED_MODULE_1__.BUILT_IN_STYLES]),
        ListBullet: stringEnum(["Custom", "Solid", "Hollow", "Square", "Diamonds", "Arrow", "Checkmark"]),
        Alignment: stringEnum(["Mixed", "Unknown", "Left", "Centered", "Right", "Justified"]),
        LocationRelation: stringEnum([
            "Unrelated",
            "Equal",
            "ContainsStart",
            "ContainsEnd",
            "Contains",
            "InsideStart",
            "InsideEnd",
            "Inside",
            "AdjacentBefore",
            "OverlapsBefore",
            "Before",
            "AdjacentAfter",
            "OverlapsAfter",
            "After",
        ]),
    };
}
function createStandin(spec, options = {}) {
    const runtime = new Runtime(spec, options);
    const office = new _office__WEBPACK_IMPORTED_MODULE_2__.StandinOffice(runtime);
    runtime.office = office;
    const word = createWord(runtime);
    const officeExtension = {
        Error: _errors__WEBPACK_IMPORTED_MODULE_0__.StandinOfficeError,
        ErrorCodes: _errors__WEBPACK_IMPORTED_MODULE_0__.ExtensionErrorCodes,
        ClientResult: _api__WEBPACK_IMPORTED_MODULE_3__.StandinClientResult,
        ClientObject: _api__WEBPACK_IMPORTED_MODULE_3__.StandinObject,
    };
    const standin = {
        Word: word,
        Office: office,
        OfficeExtension: officeExtension,
        get syncCount() {
            return runtime.syncCount;
        },
        get syncLog() {
            return runtime.log.map((entry) => ({ ...entry, operations: [...entry.operations] }));
        },
        setSelection(selection) {
            runtime.model.setSelection(selection);
            runtime.selectionMoved();
        },
        selection: () => runtime.model.selectionSpec(),
        paragraphs: () => runtime.model.snapshot(),
        texts: () => runtime.model.paragraphs.map((p) => p.text),
        spec: () => runtime.model.spec(),
        setSpec(next) {
            runtime.model.load(next);
            office.context.document.settings._reload();
            runtime.model.notify("document");
            runtime.selectionMoved();
        },
        savedSettings: () => JSON.parse(JSON.stringify(runtime.model.savedSettings)),
        selectionHandlerCount: () => runtime.selectionHandlers.size,
        onChange: (listener) => runtime.model.onChange(listener),
        run: (batch) => officeGlobals(standin).Word.run(batch),
    };
    return standin;
}
/**
 * The single place where the stand-in's own classes are presented as the @types/office-js globals: they model
 * only the subset of the API this add-in uses, so the types are asserted rather than checked.
 */
function officeGlobals(standin) {
    return {
        Word: standin.Word,
        Office: standin.Office,
        OfficeExtension: standin.OfficeExtension,
    };
}
/** Installs Word, Office and OfficeExtension on `target` (window, or globalThis in tests). */
function installStandin(target, standin) {
    const globals = officeGlobals(standin);
    for (const [name, value] of Object.entries(globals)) {
        Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
    }
}
/** Removes what installStandin added. */
function uninstallStandin(target) {
    for (const name of ["Word", "Office", "OfficeExtension"])
        Reflect.deleteProperty(target, name);
}


/***/ },

/***/ "./src/word/standin/model.ts"
/*!***********************************!*\
  !*** ./src/word/standin/model.ts ***!
  \***********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILT_IN_STYLES: () => (/* binding */ BUILT_IN_STYLES),
/* harmony export */   StandinModel: () => (/* binding */ StandinModel),
/* harmony export */   builtInFor: () => (/* binding */ builtInFor),
/* harmony export */   compareVersions: () => (/* binding */ compareVersions),
/* harmony export */   listStringAt: () => (/* binding */ listStringAt),
/* harmony export */   outlineLevelOf: () => (/* binding */ outlineLevelOf),
/* harmony export */   storyOf: () => (/* binding */ storyOf),
/* harmony export */   styleNameFor: () => (/* binding */ styleNameFor)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./errors */ "./src/word/standin/errors.ts");
/**
 * The stand-in's document: paragraphs in document order, tracked positions and the user's selection.
 * Pure data and edit primitives; the proxy API (api.ts) queues calls and runs them here at sync.
 *
 * Positions are (paragraph, character offset) pairs. Ranges and the selection hold tracked positions that
 * edits move, the way Word adjusts live ranges: text inserted before a position shifts it; text inserted
 * exactly at a position leaves it where it is unless the edit says otherwise (see insertTextAt).
 */

const STYLE_NAMES = {
    Normal: "Normal",
    Heading1: "Heading 1",
    Heading2: "Heading 2",
    Heading3: "Heading 3",
    Heading4: "Heading 4",
    Heading5: "Heading 5",
    Heading6: "Heading 6",
    Heading7: "Heading 7",
    Heading8: "Heading 8",
    Heading9: "Heading 9",
    Title: "Title",
    Subtitle: "Subtitle",
    ListParagraph: "List Paragraph",
    NoSpacing: "No Spacing",
    Quote: "Quote",
    IntenseQuote: "Intense Quote",
    Header: "Header",
    Footer: "Footer",
    Caption: "Caption",
    TocHeading: "TOC Heading",
    FootnoteText: "Footnote Text",
    EndnoteText: "Endnote Text",
};
/** Word.BuiltInStyleName values the stand-in accepts when styleBuiltIn is set. */
const BUILT_IN_STYLES = Object.keys(STYLE_NAMES);
/** The style name Word shows for a built-in style (English UI). */
function styleNameFor(builtIn) {
    return STYLE_NAMES[builtIn] ?? builtIn;
}
/** Word.BuiltInStyleName for a style name; "Other" for custom styles. */
function builtInFor(styleName) {
    const wanted = styleName.trim().toLowerCase();
    for (const [builtIn, name] of Object.entries(STYLE_NAMES)) {
        if (name.toLowerCase() === wanted)
            return builtIn;
    }
    return "Other";
}
/** Word's outline level: direct formatting wins, then HeadingN styles carry N, else 10 (body text). */
function outlineLevelOf(p) {
    if (p.outlineLevelOverride !== undefined)
        return p.outlineLevelOverride;
    const m = /^Heading([1-9])$/.exec(p.styleBuiltIn);
    return m ? Number(m[1]) : 10;
}
function storyOf(type) {
    return type === "MainDoc" || type === "TableCell" ? "Main" : type;
}
const ROMAN = [
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
];
function roman(n) {
    let out = "";
    let rest = n;
    for (const [value, digits] of ROMAN) {
        while (rest >= value) {
            out += digits;
            rest -= value;
        }
    }
    return out;
}
function letters(n) {
    let out = "";
    let rest = n;
    while (rest > 0) {
        rest -= 1;
        out = String.fromCharCode(97 + (rest % 26)) + out;
        rest = Math.floor(rest / 26);
    }
    return out;
}
const BULLETS = ["•", "o", "▪"];
/**
 * The list marker Word would show for paragraph `index`, e.g. "1.", "b.", "iii." or a bullet.
 * Numbering restarts below a shallower item, as Word's default multilevel lists do.
 */
function listStringAt(paragraphs, index) {
    const target = paragraphs[index];
    if (!target?.list)
        return "";
    const { id, level, bullet } = target.list;
    if (bullet)
        return BULLETS[level % BULLETS.length] ?? "•";
    const story = storyOf(target.body ?? "MainDoc");
    const counters = [];
    for (let i = 0; i <= index; i++) {
        const p = paragraphs[i];
        if (!p?.list || p.list.id !== id || storyOf(p.body ?? "MainDoc") !== story)
            continue;
        counters[p.list.level] = (counters[p.list.level] ?? 0) + 1;
        counters.length = p.list.level + 1;
    }
    const n = counters[level] ?? 1;
    const kind = level % 3;
    return `${kind === 0 ? String(n) : kind === 1 ? letters(n) : roman(n)}.`;
}
const DEFAULT_REQUIREMENT_SETS = { WordApi: "1.9", WordApiDesktop: "1.1" };
/** Common-API sets every Word client claims; a spec may override them by naming them. */
const COMMON_REQUIREMENT_SETS = { DocumentEvents: "1.1", Settings: "1.1", TextCoercion: "1.1" };
function cloneJson(value) {
    return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
class StandinModel {
    constructor(spec) {
        this.paragraphs = [];
        this.readOnly = false;
        this.changeTrackingMode = "Off";
        this.requirementSets = {};
        this.quirks = {};
        this.platform = "OfficeOnline";
        this.savedSettings = {};
        this.nextUid = 1;
        this.tracked = new Set();
        this.listeners = new Set();
        this.load(spec);
    }
    /** Replaces the whole document (used by createStandin and the preview's document switcher). */
    load(spec) {
        if (spec.paragraphs.length === 0) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__.officeError)("InvalidArgument", "createStandin", "a Word document always has at least one paragraph");
        }
        for (const p of this.paragraphs)
            p.alive = false;
        this.tracked.clear();
        this.paragraphs = spec.paragraphs.map((p) => this.fromSpec(p));
        this.readOnly = spec.readOnly ?? false;
        this.changeTrackingMode = spec.changeTrackingMode ?? "Off";
        this.requirementSets = { ...COMMON_REQUIREMENT_SETS, ...(spec.requirementSets ?? DEFAULT_REQUIREMENT_SETS) };
        this.quirks = { ...(spec.quirks ?? {}) };
        this.platform = spec.platform ?? "OfficeOnline";
        this.officeTheme = spec.officeTheme ? { ...spec.officeTheme } : undefined;
        this.savedSettings = cloneJson(spec.settings ?? {});
        const firstMain = this.paragraphs.find((p) => storyOf(p.body) === "Main") ?? this.paragraphs[0];
        this.selection = this.trackRange({ para: firstMain, offset: 0 }, { para: firstMain, offset: 0 });
        if (spec.selection)
            this.setSelection(spec.selection);
    }
    fromSpec(spec) {
        const body = spec.body ?? ((spec.tableNestingLevel ?? 0) > 0 ? "TableCell" : "MainDoc");
        const styleBuiltIn = spec.styleBuiltIn ?? (spec.style ? builtInFor(spec.style) : "Normal");
        return {
            uid: this.nextUid++,
            alive: true,
            text: spec.text,
            style: spec.style ?? styleNameFor(styleBuiltIn),
            styleBuiltIn,
            outlineLevelOverride: spec.outlineLevel,
            bold: spec.bold ?? false,
            list: spec.list ? { id: spec.list.id, level: spec.list.level, bullet: spec.list.bullet ?? false } : undefined,
            tableNestingLevel: spec.tableNestingLevel ?? (body === "TableCell" ? 1 : 0),
            body,
            cellId: spec.cellId,
            alignment: spec.alignment ?? "Left",
            contentControl: spec.contentControl ? { ...spec.contentControl } : undefined,
        };
    }
    toSpec(p) {
        const out = {
            text: p.text,
            style: p.style,
            styleBuiltIn: p.styleBuiltIn,
            outlineLevel: outlineLevelOf(p),
            bold: p.bold,
            tableNestingLevel: p.tableNestingLevel,
            body: p.body,
        };
        if (p.list)
            out.list = { ...p.list };
        if (p.contentControl)
            out.contentControl = { ...p.contentControl };
        if (p.cellId !== undefined)
            out.cellId = p.cellId;
        if (p.alignment !== "Left")
            out.alignment = p.alignment;
        return out;
    }
    snapshot() {
        return this.paragraphs.map((p) => this.toSpec(p));
    }
    spec() {
        return {
            paragraphs: this.snapshot(),
            selection: this.selectionSpec(),
            requirementSets: { ...this.requirementSets },
            changeTrackingMode: this.changeTrackingMode,
            readOnly: this.readOnly,
            officeTheme: this.officeTheme ? { ...this.officeTheme } : undefined,
            quirks: { ...this.quirks },
            platform: this.platform,
            settings: cloneJson(this.savedSettings),
        };
    }
    // ---- change notification (the preview re-renders on these) ----
    onChange(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    notify(kind) {
        for (const listener of [...this.listeners])
            listener({ kind });
    }
    // ---- lookup ----
    indexOf(p) {
        return this.paragraphs.indexOf(p);
    }
    storyParagraphs(story) {
        return this.paragraphs.filter((p) => storyOf(p.body) === story);
    }
    /** The key of the table cell holding a TableCell paragraph (see StandinParagraphSpec.cellId). */
    cellKey(p) {
        if (p.cellId !== undefined)
            return `cell:${p.cellId}`;
        let i = this.indexOf(p);
        while (i > 0) {
            const prev = this.paragraphs[i - 1];
            if (prev.body !== "TableCell" || prev.cellId !== undefined)
                break;
            i--;
        }
        return `cell:run${this.paragraphs[i].uid}`;
    }
    bodyOf(p) {
        if (p.body === "TableCell")
            return { type: "TableCell", story: "Main", key: this.cellKey(p) };
        if (p.body === "MainDoc")
            return this.mainBody();
        return { type: p.body, story: p.body, key: p.body };
    }
    mainBody() {
        return { type: "MainDoc", story: "Main", key: "MainDoc" };
    }
    bodyParagraphs(body) {
        const inStory = this.storyParagraphs(body.story);
        if (body.type !== "TableCell")
            return inStory;
        return inStory.filter((p) => p.body === "TableCell" && this.cellKey(p) === body.key);
    }
    sameBody(a, b) {
        return a.story === b.story && a.key === b.key;
    }
    /** Negative when a is before b. Only meaningful for positions in one story. */
    comparePos(a, b) {
        return this.indexOf(a.para) - this.indexOf(b.para) || a.offset - b.offset;
    }
    sameStory(a, b) {
        return storyOf(a.para.body) === storyOf(b.para.body);
    }
    /** The paragraphs a range touches, in document order (Word.Range.paragraphs). */
    rangeParagraphs(r) {
        const from = this.indexOf(r.start.para);
        const to = this.indexOf(r.end.para);
        const story = storyOf(r.start.para.body);
        return this.paragraphs.slice(from, to + 1).filter((p) => storyOf(p.body) === story);
    }
    /** Range text; paragraphs are separated by "\r" as Word's desktop client reports them [assumption]. */
    rangeText(r) {
        const paras = this.rangeParagraphs(r);
        if (paras.length === 1)
            return paras[0].text.slice(r.start.offset, r.end.offset);
        return paras
            .map((p, i) => (i === 0 ? p.text.slice(r.start.offset) : i === paras.length - 1 ? p.text.slice(0, r.end.offset) : p.text))
            .join("\r");
    }
    // ---- tracked positions ----
    track(pos) {
        this.tracked.add(pos);
        return pos;
    }
    untrack(pos) {
        if (this.selection.start !== pos && this.selection.end !== pos)
            this.tracked.delete(pos);
    }
    trackRange(start, end) {
        return { start: this.track({ ...start }), end: this.track({ ...end }) };
    }
    // ---- selection ----
    selectionSpec() {
        const { start, end } = this.selection;
        return {
            start: { paragraph: this.indexOf(start.para), offset: start.offset },
            end: { paragraph: this.indexOf(end.para), offset: end.offset },
        };
    }
    /** Moves the selection (clamping offsets, ordering the ends); throws RangeError for bad indexes. */
    setSelection(sel) {
        const at = (p) => {
            const para = this.paragraphs[p.paragraph];
            if (!para)
                throw new RangeError(`No paragraph ${p.paragraph} (the document has ${this.paragraphs.length})`);
            return { para, offset: Math.max(0, Math.min(p.offset, para.text.length)) };
        };
        let start = at(sel.start);
        let end = at(sel.end);
        if (!this.sameStory(start, end))
            throw new RangeError("A selection cannot span two stories (e.g. header and body)");
        if (this.comparePos(start, end) > 0)
            [start, end] = [end, start];
        this.setSelectionRange(start, end);
    }
    setSelectionRange(start, end) {
        this.tracked.delete(this.selection?.start);
        this.tracked.delete(this.selection?.end);
        this.selection = this.trackRange(start, end);
    }
    // ---- edits ----
    newParagraph(props) {
        return { ...props, uid: this.nextUid++, alive: true };
    }
    /**
     * What a paragraph inserted next to `src` (or split off it) carries over, modelling what Word does and what
     * practitioners report: the same style, styleBuiltIn and direct outline level; the same list id and level
     * (unless quirks.insertParagraphDropsList); the same body, table cell and nesting level, content control and
     * alignment; bold only if the source is entirely bold.
     */
    inheritedProps(src, keepList) {
        return {
            style: src.style,
            styleBuiltIn: src.styleBuiltIn,
            outlineLevelOverride: src.outlineLevelOverride,
            bold: src.bold === true,
            list: keepList && src.list ? { ...src.list } : undefined,
            tableNestingLevel: src.tableNestingLevel,
            body: src.body,
            cellId: src.cellId,
            alignment: src.alignment,
            contentControl: src.contentControl ? { ...src.contentControl } : undefined,
        };
    }
    /**
     * Inserts `text` at `at`. A "\n" or "\r" splits the paragraph, the new paragraphs inheriting from it as when
     * a user presses Enter. Tracked positions after the point move with the text; positions exactly at the
     * point stay before the new text unless `pushRight` lists them. Returns the inserted span (untracked).
     */
    insertTextAt(at, text, pushRight = new Set()) {
        const para = at.para;
        const o = at.offset;
        const lines = text.split(/\r\n|\n|\r/);
        const before = para.text.slice(0, o);
        const after = para.text.slice(o);
        const moves = (p) => p.para === para && (p.offset > o || (p.offset === o && pushRight.has(p)));
        if (lines.length === 1) {
            para.text = before + text + after;
            for (const p of this.tracked)
                if (moves(p))
                    p.offset += text.length;
            return { start: { para, offset: o }, end: { para, offset: o + text.length } };
        }
        para.text = before + lines[0];
        const added = lines.slice(1).map((line) => this.newParagraph({ ...this.inheritedProps(para, true), text: line }));
        const last = added[added.length - 1];
        const lastLength = last.text.length;
        last.text += after;
        this.paragraphs.splice(this.indexOf(para) + 1, 0, ...added);
        for (const p of this.tracked) {
            if (moves(p)) {
                p.offset = p.offset - o + lastLength;
                p.para = last;
            }
        }
        return { start: { para, offset: o }, end: { para: last, offset: lastLength } };
    }
    /**
     * Deletes the range's text. Across paragraphs the last one's remainder joins the first and the paragraphs
     * in between disappear: the first paragraph's properties survive, as in Word.
     */
    deleteRange(r) {
        const first = r.start.para;
        const s = r.start.offset;
        const lastPara = r.end.para;
        const e = r.end.offset;
        if (first === lastPara) {
            first.text = first.text.slice(0, s) + first.text.slice(e);
            for (const p of this.tracked) {
                if (p.para !== first || p.offset <= s)
                    continue;
                p.offset = p.offset >= e ? p.offset - (e - s) : s;
            }
            return;
        }
        const removed = this.rangeParagraphs(r).slice(1);
        first.text = first.text.slice(0, s) + lastPara.text.slice(e);
        for (const p of this.tracked) {
            if (p.para === first && p.offset > s)
                p.offset = s;
            else if (p.para === lastPara) {
                p.offset = p.offset >= e ? s + p.offset - e : s;
                p.para = first;
            }
            else if (removed.includes(p.para)) {
                p.para = first;
                p.offset = s;
            }
        }
        for (const gone of removed)
            gone.alive = false;
        this.paragraphs = this.paragraphs.filter((p) => !removed.includes(p));
    }
    /** Inserts paragraphs before or after `anchor` carrying its properties; returns them in order. */
    insertParagraphsNextTo(anchor, where, text, keepList) {
        const created = text
            .split(/\r\n|\n|\r/)
            .map((line) => this.newParagraph({ ...this.inheritedProps(anchor, keepList), text: line }));
        const i = this.indexOf(anchor);
        this.paragraphs.splice(where === "Before" ? i : i + 1, 0, ...created);
        return created;
    }
    /** Body.insertParagraph: a plain Normal paragraph at the start or end of a body (no list, no bold). */
    insertParagraphInBody(body, where, text) {
        const paras = this.bodyParagraphs(body);
        const anchor = where === "Start" ? paras[0] : paras[paras.length - 1];
        const template = {
            style: "Normal",
            styleBuiltIn: "Normal",
            bold: false,
            tableNestingLevel: anchor?.tableNestingLevel ?? (body.type === "TableCell" ? 1 : 0),
            body: anchor?.body ?? body.type,
            cellId: anchor?.cellId,
            alignment: "Left",
        };
        const created = text.split(/\r\n|\n|\r/).map((line) => this.newParagraph({ ...template, text: line }));
        if (!anchor)
            this.paragraphs.push(...created);
        else
            this.paragraphs.splice(this.indexOf(anchor) + (where === "Start" ? 0 : 1), 0, ...created);
        return created;
    }
    /** Paragraph.delete: removes it; the last paragraph of a body is emptied instead, as Word keeps one. */
    deleteParagraph(p) {
        const siblings = this.bodyParagraphs(this.bodyOf(p));
        if (siblings.length <= 1) {
            this.deleteRange({ start: { para: p, offset: 0 }, end: { para: p, offset: p.text.length } });
            p.list = undefined;
            return;
        }
        const i = siblings.indexOf(p);
        const next = siblings[i + 1];
        const prev = siblings[i - 1];
        for (const pos of this.tracked) {
            if (pos.para !== p)
                continue;
            if (next) {
                pos.para = next;
                pos.offset = 0;
            }
            else {
                pos.para = prev;
                pos.offset = prev.text.length;
            }
        }
        p.alive = false;
        this.paragraphs = this.paragraphs.filter((q) => q !== p);
    }
    /** Ids of the lists present in the document. */
    listIds() {
        return new Set(this.paragraphs.flatMap((p) => (p.list ? [p.list.id] : [])));
    }
    isBulletList(id) {
        return this.paragraphs.some((p) => p.list?.id === id && p.list.bullet);
    }
    /** Paragraphs of content control `id`, in document order. */
    contentControlParagraphs(id) {
        return this.paragraphs.filter((p) => p.contentControl?.id === id);
    }
    // ---- requirement sets ----
    /** Office.context.requirements.isSetSupported: versions compare numerically per dot-separated part. */
    isSetSupported(name, minVersion) {
        const claimed = Object.entries(this.requirementSets).find(([set]) => set.toLowerCase() === name.toLowerCase())?.[1];
        if (claimed === undefined)
            return false;
        if (minVersion === undefined || minVersion === "")
            return true;
        // A number is stringified as office.js does, so 1.10 becomes "1.1": the documented pitfall of numeric versions.
        return compareVersions(claimed, String(minVersion)) >= 0;
    }
}
function compareVersions(a, b) {
    const pa = a.split(".").map((x) => Number.parseInt(x, 10) || 0);
    const pb = b.split(".").map((x) => Number.parseInt(x, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ },

/***/ "./src/word/standin/office.ts"
/*!************************************!*\
  !*** ./src/word/standin/office.ts ***!
  \************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   StandinOffice: () => (/* binding */ StandinOffice),
/* harmony export */   StandinOfficeContext: () => (/* binding */ StandinOfficeContext),
/* harmony export */   StandinOfficeDocument: () => (/* binding */ StandinOfficeDocument),
/* harmony export */   StandinRequirements: () => (/* binding */ StandinRequirements),
/* harmony export */   StandinSettings: () => (/* binding */ StandinSettings)
/* harmony export */ });
const HostType = {
    Word: "Word",
    Excel: "Excel",
    PowerPoint: "PowerPoint",
    Outlook: "Outlook",
    OneNote: "OneNote",
    Project: "Project",
    Access: "Access",
};
const PlatformType = {
    PC: "PC",
    OfficeOnline: "OfficeOnline",
    Mac: "Mac",
    iOS: "iOS",
    Android: "Android",
    Universal: "Universal",
};
const EventType = {
    DocumentSelectionChanged: "documentSelectionChanged",
    SettingsChanged: "settingsChanged",
};
const AsyncResultStatusValues = { Succeeded: "succeeded", Failed: "failed" };
const DocumentMode = { ReadOnly: "readOnly", ReadWrite: "readWrite" };
function later(run) {
    setTimeout(run, 0);
}
function succeeded(value, asyncContext) {
    return { status: "succeeded", value, asyncContext };
}
/** Picks the callback out of Office's (options?, callback?) argument pairs. */
function callbackOf(a, b) {
    if (typeof b === "function")
        return b;
    if (typeof a === "function")
        return a;
    return undefined;
}
function asyncContextOf(options) {
    return options && typeof options === "object" ? options.asyncContext : undefined;
}
/**
 * Office.Settings, in memory: https://learn.microsoft.com/javascript/api/office/office.settings.
 * get/set/remove touch the in-memory copy; saveAsync persists it into the (stand-in) document.
 */
class StandinSettings {
    constructor(runtime) {
        this.runtime = runtime;
        this.values = structuredCloneJson(runtime.model.savedSettings);
    }
    /** The value, or null when the setting does not exist (as Office returns). */
    get(name) {
        return Object.prototype.hasOwnProperty.call(this.values, name) ? structuredCloneJson(this.values[name]) : null;
    }
    /** Values must be JSON-serializable, as Office stores them as JSON. */
    set(name, value) {
        this.values[name] = structuredCloneJson(value);
    }
    remove(name) {
        delete this.values[name];
    }
    saveAsync(optionsOrCallback, callback) {
        const done = callbackOf(optionsOrCallback, callback);
        this.runtime.model.savedSettings = structuredCloneJson(this.values);
        later(() => done?.(succeeded(undefined, asyncContextOf(optionsOrCallback))));
    }
    refreshAsync(callback) {
        this.values = structuredCloneJson(this.runtime.model.savedSettings);
        later(() => callback?.(succeeded(this)));
    }
    /** Replaces the in-memory copy after the stand-in loads another document. */
    _reload() {
        this.values = structuredCloneJson(this.runtime.model.savedSettings);
    }
}
function structuredCloneJson(value) {
    return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
/** Office.Document (Common API): https://learn.microsoft.com/javascript/api/office/office.document */
class StandinOfficeDocument {
    constructor(runtime) {
        this.runtime = runtime;
        this.settings = new StandinSettings(runtime);
    }
    /**
     * Always "readWrite": Word reports readWrite even in Viewing mode (office-js#5484), so a read-only
     * stand-in document still says readWrite and writes fail at sync instead.
     */
    get mode() {
        return DocumentMode.ReadWrite;
    }
    get url() {
        return "https://contoso.sharepoint.com/standin.docx";
    }
    /** Only DocumentSelectionChanged is supported; handlers run asynchronously when the selection moves. */
    addHandlerAsync(eventType, handler, optionsOrCallback, callback) {
        const done = callbackOf(optionsOrCallback, callback);
        if (eventType !== EventType.DocumentSelectionChanged || typeof handler !== "function") {
            later(() => done?.({ status: "failed", value: undefined, error: { name: "Invalid Event Type", message: `The stand-in does not raise ${eventType}`, code: 5007 } }));
            return;
        }
        this.runtime.selectionHandlers.add(handler);
        later(() => done?.(succeeded(undefined, asyncContextOf(optionsOrCallback))));
    }
    /** Removes `options.handler`, or every handler of the event when none is given. */
    removeHandlerAsync(eventType, optionsOrCallback, callback) {
        const done = callbackOf(optionsOrCallback, callback);
        const handler = optionsOrCallback && typeof optionsOrCallback === "object" ? optionsOrCallback.handler : undefined;
        if (eventType === EventType.DocumentSelectionChanged) {
            if (typeof handler === "function")
                this.runtime.selectionHandlers.delete(handler);
            else
                this.runtime.selectionHandlers.clear();
        }
        later(() => done?.(succeeded(undefined, asyncContextOf(optionsOrCallback))));
    }
}
/** Office.RequirementSetSupport: https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport */
class StandinRequirements {
    constructor(runtime) {
        this.runtime = runtime;
    }
    /** Version strings compare numerically per part ("1.10" > "1.9"); see StandinModel.isSetSupported. */
    isSetSupported(name, minVersion) {
        return this.runtime.model.isSetSupported(name, minVersion);
    }
}
/** Office.Context: https://learn.microsoft.com/javascript/api/office/office.context */
class StandinOfficeContext {
    constructor(runtime) {
        this.runtime = runtime;
        this.displayLanguage = "en-US";
        this.contentLanguage = "en-US";
        this.document = new StandinOfficeDocument(runtime);
        this.requirements = new StandinRequirements(runtime);
    }
    get host() {
        return HostType.Word;
    }
    get platform() {
        return this.runtime.model.platform;
    }
    /** From the spec; undefined when the host gives no theme (as Word on the web may). */
    get officeTheme() {
        const theme = this.runtime.model.officeTheme;
        return theme ? { ...theme } : undefined;
    }
    get diagnostics() {
        return { host: HostType.Word, platform: this.runtime.model.platform, version: "16.0.0.0" };
    }
}
/** The `Office` global. */
class StandinOffice {
    constructor(runtime) {
        this.HostType = HostType;
        this.PlatformType = PlatformType;
        this.EventType = EventType;
        this.AsyncResultStatus = AsyncResultStatusValues;
        this.DocumentMode = DocumentMode;
        this.context = new StandinOfficeContext(runtime);
    }
    /** Resolves with { host: "Word", platform }; also calls `callback` with the same info, as office.js does. */
    onReady(callback) {
        const info = { host: HostType.Word, platform: this.context.platform };
        if (callback)
            void Promise.resolve().then(() => callback(info));
        return Promise.resolve(info);
    }
    /** Office.initialize: a handler assigned by older code runs once, asynchronously, as if office.js had just loaded. */
    get initialize() {
        return this._initialize;
    }
    set initialize(handler) {
        this._initialize = handler;
        if (typeof handler === "function")
            void Promise.resolve().then(() => handler("inserted"));
    }
}


/***/ }

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	const __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __webpack_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		const cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		const module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		if (!(moduleId in __webpack_modules__)) {
/******/ 			delete __webpack_module_cache__[moduleId];
/******/ 			const e = new Error("Cannot find module '" + moduleId + "'");
/******/ 			e.code = 'MODULE_NOT_FOUND';
/******/ 			throw e;
/******/ 		}
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/define property getters */
/******/ 	// define getter/value functions for harmony exports
/******/ 	__webpack_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	__webpack_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop));
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	// define __esModule on exports
/******/ 	__webpack_require__.r = (exports) => {
/******/ 		Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ 	
/************************************************************************/
let __webpack_exports__ = {};
// This entry needs to be wrapped in an IIFE because it needs to be isolated against other modules in the chunk.
(() => {
/*!*************************************!*\
  !*** ./src/word/standin/browser.ts ***!
  \*************************************/
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _preview_sampleDocuments__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../../preview/sampleDocuments */ "./src/preview/sampleDocuments.ts");
/* harmony import */ var _index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./index */ "./src/word/standin/index.ts");
/**
 * Browser entry of the stand-in, bundled as standin.js and served in place of office.js by the e2e suite.
 * Reads the document from window.__CX_STANDIN_DOC__ (default: the sample PD), installs Word, Office and
 * OfficeExtension on window, and exposes window.cxStandin for Playwright to drive and inspect.
 */


const standin = (0,_index__WEBPACK_IMPORTED_MODULE_1__.createStandin)(window.__CX_STANDIN_DOC__ ?? _preview_sampleDocuments__WEBPACK_IMPORTED_MODULE_0__.samplePositionDescription, window.__CX_STANDIN_OPTIONS__ ?? {});
(0,_index__WEBPACK_IMPORTED_MODULE_1__.installStandin)(window, standin);
window.cxStandin = {
    setSelection: (selection) => standin.setSelection(selection),
    selection: () => standin.selection(),
    paragraphs: () => standin.paragraphs(),
    texts: () => standin.texts(),
    spec: () => standin.spec(),
    setSpec: (spec) => standin.setSpec(spec),
    savedSettings: () => standin.savedSettings(),
    selectionHandlerCount: () => standin.selectionHandlerCount(),
    get syncCount() {
        return standin.syncCount;
    },
    get syncLog() {
        return standin.syncLog;
    },
};

})();

/******/ })()
;
//# sourceMappingURL=standin.js.map