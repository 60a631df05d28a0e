// JSON.parse says little about where a file broke (V8 often gives no position at all). When it
// fails, this small scanner walks the text again and reports the offset and the JSON path of
// the value it was reading, so a refusal can say "$.incidents[41].sources[0].title".

interface Located {
  pos: number;
  path: string;
  /** True when the text ended before the JSON did (a truncated file). */
  atEnd: boolean;
}

class Stop {
  constructor(
    readonly pos: number,
    readonly path: string,
  ) {}
}

const key = (path: string, k: string) =>
  /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`;

export function locateJsonError(text: string): Located {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (path: string): string => {
    const start = ++i; // past the opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        try {
          return JSON.parse(text.slice(start - 1, ++i)) as string;
        } catch {
          throw new Stop(start, path); // a bad escape inside the string
        }
      }
      if (c < 0x20) throw new Stop(i, path);
      i += c === 0x5c ? 2 : 1;
    }
    throw new Stop(i, path);
  };
  const value = (path: string): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') throw new Stop(i, path);
        const k = string(path);
        ws();
        if (text[i] !== ':') throw new Stop(i, key(path, k));
        i++;
        value(key(path, k));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else throw new Stop(i, path);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else throw new Stop(i, path);
      }
    }
    if (c === '"') return void string(path);
    const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = i;
    const m = literal.exec(text);
    if (!m) throw new Stop(i, path);
    i += m[0].length;
  };
  try {
    value('$');
    ws();
    return { pos: i, path: '$', atEnd: i >= text.length };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { pos: e.pos, path: e.path, atEnd: e.pos >= text.length };
  }
}
