import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** A page of a list: the items of this page and how many match in all (`?limit=&offset=`, see PageQuery). */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/**
 * The documented class of a page of `item`s, for a list's answer: `export class CentrePage extends PageOf(CentreSummary)
 * {}` (the subclass names the page's schema in the OpenAPI document). Swagger's decorators cannot express a generic
 * class, so each list names its own page made here, instead of copying the four fields.
 */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty({ type: 'integer', description: 'how many match in all' }) total!: number;
    @ApiProperty({ type: 'integer' }) limit!: number;
    @ApiProperty({ type: 'integer' }) offset!: number;
  }
  return PageOfItems;
}
