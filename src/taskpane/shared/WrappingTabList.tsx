import { TabList, makeStyles, mergeClasses, type TabListProps } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { flexWrap: "wrap" },
});

/**
 * A Fluent TabList whose tabs wrap onto another row when the pane is narrow — Excel's task pane
 * is about 350 px wide — instead of running off the side out of reach.
 */
export function WrappingTabList({ className, ...props }: TabListProps) {
  const styles = useStyles();
  return <TabList {...props} className={mergeClasses(styles.root, className)} />;
}
