/** The package repairs for pptxgenjs 4.0.1's PowerPoint repair triggers: each fixes its defect and leaves valid XML alone. */
import JSZip from 'jszip';
import { addEmptyTextBodies, completeBackgrounds, dropEmptyChartPoints, dropMissingOverrides, dropRepeatedParagraphProperties, emptyBlankCells, repairAndCompress } from '../../../renderers/pptx/package';

describe('dropMissingOverrides', () => {
  const types =
    '<Types><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="m"/>' +
    '<Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="m"/>' +
    '<Override PartName="/ppt/slides/slide1.xml" ContentType="s"/></Types>';

  test('drops overrides of parts the package lacks', () => {
    const out = dropMissingOverrides(types, new Set(['ppt/slideMasters/slideMaster1.xml', 'ppt/slides/slide1.xml']));
    expect(out).not.toContain('slideMaster2');
    expect(out).toContain('slideMaster1.xml');
    expect(out).toContain('<Default Extension="xml"');
  });

  test('keeps every override whose part exists', () => {
    const all = new Set(['ppt/slideMasters/slideMaster1.xml', 'ppt/slideMasters/slideMaster2.xml', 'ppt/slides/slide1.xml']);
    expect(dropMissingOverrides(types, all)).toBe(types);
  });
});

describe('dropRepeatedParagraphProperties', () => {
  test('keeps the first pPr of a paragraph and drops those between runs', () => {
    const xml = '<a:p><a:pPr marL="0"><a:buNone/></a:pPr><a:r><a:t>El </a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>99,8 %</a:t></a:r><a:pPr/><a:r><a:t>.</a:t></a:r></a:p>';
    expect(dropRepeatedParagraphProperties(xml)).toBe('<a:p><a:pPr marL="0"><a:buNone/></a:pPr><a:r><a:t>El </a:t></a:r><a:r><a:t>99,8 %</a:t></a:r><a:r><a:t>.</a:t></a:r></a:p>');
  });

  test('leaves paragraphs with a single pPr unchanged', () => {
    const xml = '<a:p><a:pPr algn="r"/><a:r><a:t>a</a:t></a:r></a:p><a:p><a:pPr><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>';
    expect(dropRepeatedParagraphProperties(xml)).toBe(xml);
  });
});

describe('completeBackgrounds', () => {
  test('adds the effect list a solid background lacks', () => {
    expect(completeBackgrounds('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></p:bgPr></p:bg>')).toBe(
      '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>',
    );
  });

  test('leaves a complete background alone', () => {
    const xml = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:bg><p:bgRef idx="1001"/></p:bg>';
    expect(completeBackgrounds(xml)).toBe(xml);
  });
});

describe('addEmptyTextBodies', () => {
  test('gives a shape without text an empty text body after its properties', () => {
    const out = addEmptyTextBodies('<p:sp><p:nvSpPr/><p:spPr><a:prstGeom prst="rect"/></p:spPr></p:sp>');
    expect(out).toBe('<p:sp><p:nvSpPr/><p:spPr><a:prstGeom prst="rect"/></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="es-CO" dirty="0"/></a:p></p:txBody></p:sp>');
  });

  test('leaves shapes with text, and placeholders, alone', () => {
    const xml =
      '<p:sp><p:nvSpPr/><p:spPr/><p:txBody><a:bodyPr/><a:p/></p:txBody></p:sp>' +
      '<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>';
    expect(addEmptyTextBodies(xml)).toBe(xml);
  });
});

describe('blank chart values', () => {
  test('an empty number point is dropped from the cache; labels and numbers stay', () => {
    const xml =
      '<c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>Diseño</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt></c:strCache>' +
      '<c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>66.3</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt></c:numCache>';
    expect(dropEmptyChartPoints(xml)).toBe(
      '<c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>Diseño</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt></c:strCache>' +
        '<c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>66.3</c:v></c:pt></c:numCache>',
    );
  });

  test('a cache without blanks is unchanged', () => {
    const xml = '<c:numCache><c:ptCount val="1"/><c:pt idx="0"><c:v>0</c:v></c:pt></c:numCache>';
    expect(dropEmptyChartPoints(xml)).toBe(xml);
  });

  test('a worksheet cell with an empty value becomes an empty cell; zero stays', () => {
    expect(emptyBlankCells('<row r="6"><c r="A6" t="s"><v>6</v></c><c r="B6"><v></v></c><c r="C6"><v>0</v></c></row>')).toBe(
      '<row r="6"><c r="A6" t="s"><v>6</v></c><c r="B6"/><c r="C6"><v>0</v></c></row>',
    );
  });
});

describe('repairAndCompress', () => {
  test('deflates the parts, writes no folder entries, repairs drawing parts only', async () => {
    const source = new JSZip();
    const slide = '<p:sld><p:sp><p:spPr/></p:sp>' + 'x'.repeat(2000) + '</p:sld>';
    source.file('[Content_Types].xml', '<Types><Override PartName="/ppt/slides/slide1.xml" ContentType="s"/><Override PartName="/ppt/slides/slide2.xml" ContentType="s"/></Types>');
    source.file('ppt/slides/slide1.xml', slide);
    source.file('ppt/other.xml', '<p:sp><p:spPr/></p:sp>');
    const stored = await source.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const out = await repairAndCompress(stored);
    expect(out.length).toBeLessThan(stored.length / 2);
    const zip = await JSZip.loadAsync(out);
    expect(Object.keys(zip.files)).toEqual(['[Content_Types].xml', 'ppt/slides/slide1.xml', 'ppt/other.xml']);
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toContain('slide2');
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('<p:txBody>');
    expect(await zip.file('ppt/other.xml')!.async('string')).toBe('<p:sp><p:spPr/></p:sp>');
  });
});
