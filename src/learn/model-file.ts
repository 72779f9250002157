// The model file: a short header and the weights as raw typed arrays, read with one readFileSync and
// viewed in place (no parsing of weights at start-up).
//
//   "ACLM" | u32 format version | u32 header bytes | header (UTF-8 JSON: labels, bits, scale, weight
//   type, meta) | padding to 4 | weights (Int8/Int16/Float32, little-endian) | transitions (Float32)

import type { LinearModel } from "./logistic.js";
import type { SequenceModel } from "./sequence.js";

const MAGIC = "ACLM";
const FORMAT = 1;

interface Header {
  labels: string[];
  bits: number;
  scale: number;
  weightType: "int8" | "int16" | "float32";
  weightCount: number;
  transitionCount: number;
  /** What the model was trained from and for (data, licence, feature version): shown, not read. */
  meta: Record<string, string | number>;
}

export interface LoadedModel extends SequenceModel {
  meta: Record<string, string | number>;
}

function weightType(w: SequenceModel["weights"]): Header["weightType"] {
  return w instanceof Int8Array ? "int8" : w instanceof Int16Array ? "int16" : "float32";
}

export function encodeModel(model: SequenceModel, meta: Record<string, string | number>): Uint8Array {
  const header: Header = {
    labels: [...model.labels],
    bits: model.bits,
    scale: model.scale,
    weightType: weightType(model.weights),
    weightCount: model.weights.length,
    transitionCount: model.transitions.length,
    meta,
  };
  const head = new TextEncoder().encode(JSON.stringify(header));
  const start = align(12 + head.length);
  const wBytes = model.weights.byteLength;
  const tStart = align(start + wBytes);
  const out = new Uint8Array(tStart + model.transitions.byteLength);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, head.length, true);
  out.set(head, 12);
  out.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, wBytes), start);
  out.set(new Uint8Array(model.transitions.buffer, model.transitions.byteOffset, model.transitions.byteLength), tStart);
  return out;
}

/** Reads a model from its bytes; the weights are views into them (the bytes must stay unchanged). */
export function decodeModel(bytes: Uint8Array): LoadedModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error("not an article-cli model file");
  const format = view.getUint32(4, true);
  if (format !== FORMAT) throw new Error(`model file format ${format}, this build reads ${FORMAT}`);
  const headLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headLength))) as Header;
  // typed-array views need aligned offsets: copy into a fresh buffer when the bytes are not aligned
  const base = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const start = base.byteOffset + align(12 + headLength);
  const weights =
    header.weightType === "int8"
      ? new Int8Array(base.buffer, start, header.weightCount)
      : header.weightType === "int16"
        ? new Int16Array(base.buffer, start, header.weightCount)
        : new Float32Array(base.buffer, start, header.weightCount);
  const transitions = new Float32Array(base.buffer, base.byteOffset + align(align(12 + headLength) + weights.byteLength), header.transitionCount);
  return { labels: header.labels, bits: header.bits, scale: header.scale, weights, transitions, meta: header.meta };
}

function align(n: number): number {
  return (n + 3) & ~3;
}

/** A linear scorer (logistic.ts) in the same file format: one label, the weights as float32, the
 * feature names in the header so that a model trained for other features is refused. */
export function encodeLinear(model: LinearModel, meta: Record<string, string | number>): Uint8Array {
  return encodeModel({ labels: ["score"], bits: 0, scale: 1, weights: model.weights, transitions: new Float32Array(0) }, { ...meta, features: model.features.join(" ") });
}

export function decodeLinear(bytes: Uint8Array): LinearModel & { meta: Record<string, string | number> } {
  const m = decodeModel(bytes);
  const features = String(m.meta.features ?? "").split(" ");
  if (!(m.weights instanceof Float32Array) || features.length !== m.weights.length) throw new Error("not a linear model file");
  return { features, weights: m.weights, meta: m.meta };
}
