import type { ReactNode } from 'react';
import { classNames } from './class-names.js';

export type TableColumn<Row> = {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row (a `<th scope="row">`), e.g. the 受付番号. */
  isRowHeader?: boolean;
  align?: 'start' | 'end';
};

export type TableProps<Row> = {
  caption: ReactNode;
  isCaptionHidden?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown in one cell across the table when there are no rows. */
  emptyText: ReactNode;
};

/** A data table with a caption and column headers; it scrolls sideways on narrow screens. */
export function Table<Row>({
  caption,
  isCaptionHidden,
  columns,
  rows,
  rowKey,
  emptyText,
}: TableProps<Row>) {
  return (
    <div className="mdg-table-wrapper">
      <table className="mdg-table">
        <caption
          className={classNames('mdg-table__caption', isCaptionHidden && 'mdg-visually-hidden')}
        >
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={classNames(column.align === 'end' && 'mdg-align-end')}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{emptyText}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.isRowHeader ? (
                    <th key={column.id} scope="row">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td
                      key={column.id}
                      className={classNames(column.align === 'end' && 'mdg-align-end')}
                    >
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
