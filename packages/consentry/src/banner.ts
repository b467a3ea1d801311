// Defines the Consentry elements: import 'consentry/banner'. Filled in by the drop-in issue.
import '@consentry/banner/define';
