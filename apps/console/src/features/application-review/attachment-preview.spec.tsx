import { jest } from '@jest/globals';
import { render, screen, waitFor } from '@testing-library/react';

// pdf.js itself needs a real canvas and worker (checked in Chromium by the review journey): here
// the preview's part, what it hands pdf.js and what it shows of the pages.
const renderPdfPages = jest.fn(
  async (_data: ArrayBuffer, createCanvas: (page: number, pages: number) => HTMLCanvasElement) => {
    createCanvas(1, 2);
    createCanvas(2, 2);
    return Promise.resolve(2);
  },
);
jest.unstable_mockModule('./pdf-pages.js', () => ({ renderPdfPages, PDF_PREVIEW_MAX_PAGES: 20 }));
const { AttachmentPreview } = await import('./attachment-preview.js');

/** A PDF file as the download gives it (jsdom's Blob has no arrayBuffer(), browsers' have). */
function pdfFile(text: string): Blob {
  const blob = new Blob([text], { type: 'application/pdf' });
  return Object.assign(blob, {
    arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer),
  });
}

describe(AttachmentPreview.name, () => {
  beforeEach(() => {
    renderPdfPages.mockClear();
    URL.createObjectURL = jest.fn(() => 'blob:madoguchi.test/file');
    URL.revokeObjectURL = jest.fn();
  });

  it('draws a PDF page by page with pdf.js, each page named for screen readers', async () => {
    // Arrange
    const pdf = pdfFile('%PDF-1.7 two pages');

    // Act
    render(<AttachmentPreview blob={pdf} fileName="tsucho.pdf" mimeType="application/pdf" />);

    // Assert
    expect(await screen.findByRole('img', { name: '2ページ中1ページ目' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '2ページ中2ページ目' })).toBeInTheDocument();
    const [data] = renderPdfPages.mock.calls[0] ?? [];
    expect(new TextDecoder().decode(data)).toBe('%PDF-1.7 two pages');
    expect(renderPdfPages).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByText('ファイルを読み込んでいます…')).toBeNull());
  });

  it('offers the download when pdf.js cannot draw the file', async () => {
    // Arrange
    renderPdfPages.mockRejectedValueOnce(new Error('Invalid PDF structure'));

    // Act
    render(
      <AttachmentPreview
        blob={pdfFile('not a pdf')}
        fileName="broken.pdf"
        mimeType="application/pdf"
      />,
    );

    // Assert
    expect(
      await screen.findByText('PDFを表示できませんでした。ダウンロードして確認してください。'),
    ).toBeInTheDocument();
    const [data] = renderPdfPages.mock.calls[0] ?? [];
    expect(new TextDecoder().decode(data)).toBe('not a pdf');
  });

  it('previews no HEIC photo, which the browser cannot draw, and revokes an image URL it made', async () => {
    // Act
    const heic = render(
      <AttachmentPreview blob={new Blob(['heic'])} fileName="a.heic" mimeType="image/heic" />,
    );
    expect(
      screen.getByText('この形式はプレビューできません。ダウンロードして確認してください。'),
    ).toBeInTheDocument();
    heic.unmount();
    const png = render(
      <AttachmentPreview blob={new Blob(['png'])} fileName="a.png" mimeType="image/png" />,
    );
    expect(await screen.findByRole('img', { name: 'a.png のプレビュー' })).toHaveAttribute(
      'src',
      'blob:madoguchi.test/file',
    );
    png.unmount();

    // Assert
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:madoguchi.test/file');
  });
});
