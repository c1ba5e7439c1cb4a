import { n as e } from "./chunk-DiqZc92J.js";
//#region frontend/copilot/shared/consts.ts
var t, n, r, i, a, o, s, c, l = e((() => {
	t = "copilot-", n = "25.2.3", r = "undefined", i = "attention-required", a = "https://plugins.jetbrains.com/plugin/23758-vaadin", o = "https://marketplace.visualstudio.com/items?itemName=vaadin.vaadin-vscode", s = "https://marketplace.eclipse.org/content/vaadin-tools", c = {
		sectionId: "custom-components",
		sectionName: "Custom Components"
	};
}));
//#endregion
export { a, o as c, s as i, l, r as n, t as o, c as r, n as s, i as t };
