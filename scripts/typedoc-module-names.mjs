// TypeDoc plugin: name each entry-point module after its import specifier
// (`packages/parser/src/node.ts` → `@diskurs/parser/node`) instead of its path (`parser/src/node`).
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const match = /^([^/]+)\/src(?:\/(.+))?$/.exec(module.name);
      if (match) module.name = `@diskurs/${match[1]}${match[2] ? `/${match[2]}` : ''}`;
    }
  });
}
