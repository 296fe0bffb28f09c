/** JSON and YAML: the one configured mapper every module uses. */
@NullMarked
package sg.assay.json;

import org.jspecify.annotations.NullMarked;
