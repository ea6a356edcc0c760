// The one module that imports chalk. Colour is decided per stream by the caller (Context.color).
import { Chalk, type ChalkInstance } from 'chalk';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

export function style(color: boolean): ChalkInstance {
  return color ? coloured : plain;
}
