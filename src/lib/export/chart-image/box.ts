/**
 * The plain rectangles the export measures and places things with, in pixels: shared by the slide
 * layout, the CSS value readers and the DOM walk so that they all mean the same thing by a box.
 */

export interface Size {
	width: number;
	height: number;
}

export interface Box extends Size {
	x: number;
	y: number;
}
