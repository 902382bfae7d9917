import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  file: string;
  line: number;
  /** The variable or property the regex is assigned to, when it is ("PAST_RE", "lb"). */
  name?: string;
  source: string;
  flags: string;
}

function walkFiles(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walkFiles(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every regular-expression literal in the TypeScript files under `dirs`, with where it is. */
export function regexLiterals(root: string, dirs: string[]): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const d of dirs) {
    for (const file of walkFiles(join(root, d), [])) {
      const text = readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const lit = node.getText(sf);
          const slash = lit.lastIndexOf('/');
          let up: ts.Node | undefined = node.parent;
          while (up && !ts.isVariableDeclaration(up) && !ts.isPropertyAssignment(up) && !ts.isSourceFile(up)) up = up.parent;
          const name = up && (ts.isVariableDeclaration(up) || ts.isPropertyAssignment(up)) ? up.name.getText(sf) : undefined;
          out.push({
            file: relative(root, file),
            line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
            ...(name ? { name } : {}),
            source: lit.slice(1, slash),
            flags: lit.slice(slash + 1),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return out;
}

/** `new RegExp(…)` call sites: their source is built at run time, so each must be vouched for. */
export function dynamicRegexSites(root: string, dirs: string[]): { file: string; line: number; text: string }[] {
  const out: { file: string; line: number; text: string }[] = [];
  for (const d of dirs) {
    for (const file of walkFiles(join(root, d), [])) {
      const text = readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node) => {
        if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') {
          out.push({ file: relative(root, file), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: node.getText(sf) });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return out;
}
