/**
 * The walkthrough as the manifest contributes it, and its command links split the way the walkthrough
 * runs them; shared by the walkthrough suites (bundled on its own; not a suite).
 */
import { strict as assert } from 'assert';
import type * as vscode from 'vscode';

/** The walkthrough as the manifest contributes it (`packageJSON`, with its strings already localized). */
export interface Step {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly media: { readonly svg?: string; readonly image?: string | Record<string, string>; readonly markdown?: string; readonly altText?: string };
  readonly completionEvents?: readonly string[];
}
export interface Walkthrough {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly steps: readonly Step[];
}

/** A `command:` link in a step's description, split the way the walkthrough runs it. */
export interface CommandLink {
  readonly step: string;
  readonly command: string;
  /** The arguments as VS Code passes them: the query's JSON, an array spread into arguments. */
  readonly args: unknown[];
  /** Whether the link stands on a line of its own (the walkthrough renders it as a button). */
  readonly button: boolean;
}

export function commandLinks(step: Step): CommandLink[] {
  const links: CommandLink[] = [];
  for (const line of step.description.split('\n')) {
    for (const m of line.matchAll(/\[[^\]]+\]\(command:(?:toSide:)?([\w.]+)(?:\?([^)]*))?\)/g)) {
      const parsed: unknown = m[2] ? JSON.parse(decodeURIComponent(m[2])) : [];
      links.push({
        step: step.id,
        command: m[1] ?? '',
        args: Array.isArray(parsed) ? parsed : [parsed],
        button: line.trim() === m[0],
      });
    }
  }
  return links;
}

/** The extension's one walkthrough (`packageJSON`, with its strings already localized). */
export function ourWalkthrough(ext: vscode.Extension<unknown>): Walkthrough {
  const contributed = ext.packageJSON.contributes.walkthroughs as Walkthrough[] | undefined;
  assert.equal(contributed?.length, 1, 'the manifest contributes one walkthrough');
  return contributed[0] as Walkthrough;
}

/** The one link of `stepId` that the walkthrough renders as a button. */
export function buttonOf(walkthrough: Walkthrough, stepId: string): CommandLink {
  const step = walkthrough.steps.find((s) => s.id === stepId);
  assert.ok(step, `no step ${stepId}`);
  const buttons = commandLinks(step).filter((l) => l.button);
  assert.equal(buttons.length, 1, `step ${stepId} has one button`);
  return buttons[0] as CommandLink;
}
