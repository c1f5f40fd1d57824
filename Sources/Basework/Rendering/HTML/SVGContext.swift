/// The context of SVG elements drawn inline in an HTML page with Plot's custom elements.
public enum SVGContext {}
